package coop.essaim.kernel.audit;

import coop.essaim.api.audit.AuditEntry;
import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The append-only audit trail (table AUDIT_EVENT). This class only ever inserts; nothing in the kernel
 * updates or deletes an entry. Kernel services write their entry with {@link #append} inside the transaction
 * of the change they trace, so an entry exists exactly when the change committed.
 */
public final class KernelAuditTrail implements AuditTrail {

    static final int MAX_LIMIT = 500;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    private final ModuleStore store;
    private final Clock clock;

    public KernelAuditTrail(ModuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void record(UserContext actor, String action, String target, String detail) {
        Objects.requireNonNull(actor, "actor");
        store.run(em -> append(em, actor.cooperativeId(), actor.userId(), actor.login(), action, target, detail));
    }

    /** An entry without an acting user context (login attempts, first-run setup), in its own transaction. */
    public void recordSystem(Long cooperativeId, Long userId, String login, String action, String target,
                             String detail) {
        store.run(em -> append(em, cooperativeId, userId, login, action, target, detail));
    }

    /** Appends within the caller's transaction. Over-long texts are cut rather than losing the entry. */
    public void append(EntityManager em, Long cooperativeId, Long userId, String login, String action,
                       String target, String detail) {
        if (action == null || action.length() > 100 || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action '" + action + "': expected <module>.<verb>, lower case");
        }
        em.persist(new AuditEventEntity(cooperativeId, userId, cut(login, 100), action, cut(target, 200),
                cut(detail, 2000), clock.instant()));
    }

    @Override
    public List<AuditEntry> recent(UserContext actor, int limit) {
        actor.require(CorePermissions.AUDIT_VIEW);
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        return store.read(em -> em.createQuery("select a from AuditEvent a where a.cooperativeId = :coop"
                        + " order by a.occurredAt desc, a.id desc", AuditEventEntity.class)
                .setParameter("coop", actor.cooperativeId())
                .setMaxResults(n)
                .getResultList().stream().map(AuditEventEntity::toRecord).toList());
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
