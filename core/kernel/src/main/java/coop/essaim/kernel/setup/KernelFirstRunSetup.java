package coop.essaim.kernel.setup;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.CooperativeEntity;
import coop.essaim.kernel.cooperative.CooperativeRules;
import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.kernel.cooperative.KernelMessages;
import coop.essaim.kernel.people.StructureActivity;
import coop.essaim.kernel.security.PasswordHasher;
import coop.essaim.kernel.security.PermissionGrants;
import coop.essaim.kernel.user.UserAccountEntity;
import coop.essaim.kernel.user.UserRecords;
import coop.essaim.kernel.user.UserRules;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates the first cooperative and its administrator (role administrator only) in one transaction,
 * audited, with the core's and every started module's default permissions granted. Every field is checked
 * first and all bad ones are reported together (fields legalName, shortName, legalForm, country, currency,
 * fiscalYearStartMonth, defaultLocale, login, displayName, email, password), in the language the form chose
 * for the cooperative. The administrator gets the cooperative's default language. Once a cooperative exists
 * the setup refuses (field {@code cooperative}); calls are serialised so two first visits cannot both win.
 */
public final class KernelFirstRunSetup implements FirstRunSetup {

    private final ModuleStore store;
    private final CooperativeDirectory cooperatives;
    private final UserRecords users;
    private final PermissionGrants grants;
    private final KernelAuditTrail audit;
    private final DomainEvents events;
    private final PasswordHasher hasher;
    private final Supplier<List<String>> languages;
    private final Clock clock;

    public KernelFirstRunSetup(ModuleStore store, CooperativeDirectory cooperatives, UserRecords users,
                               PermissionGrants grants, KernelAuditTrail audit, DomainEvents events,
                               PasswordHasher hasher, Supplier<List<String>> languages, Clock clock) {
        this.store = store;
        this.languages = languages;
        this.cooperatives = cooperatives;
        this.users = users;
        this.grants = grants;
        this.audit = audit;
        this.events = events;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public boolean needed() {
        return cooperatives.isEmpty();
    }

    @Override
    public synchronized UserContext createFirstCooperative(NewCooperative cooperative, NewAdministrator administrator) {
        List<String> offered = languages.get();
        Locale locale = cooperative != null && offered.contains(cooperative.defaultLocale())
                ? Locale.forLanguageTag(cooperative.defaultLocale()) : KernelMessages.DEFAULT_LOCALE;
        if (!needed()) {
            throw FieldErrors.single(locale, "cooperative", "setup.alreadyDone");
        }
        FieldErrors errors = new FieldErrors(locale);
        CooperativeRules.check(cooperative, offered, errors);
        String login = null;
        if (administrator == null) {
            errors.add("administrator", "validation.required");
        } else {
            login = administrator.login() == null ? null : administrator.login().strip().toLowerCase(Locale.ROOT);
            UserRules.checkLogin(login, errors);
            UserRules.checkProfile(administrator.displayName(), administrator.email(), errors);
            UserRules.checkPassword("password", administrator.password(), errors);
        }
        errors.throwIfAny();
        String hash = hasher.hash(administrator.password()); // slow: outside the transaction
        String adminLogin = login;
        Instant now = clock.instant();
        UserContext admin = store.inTransaction(em -> {
            if (em.createQuery("select count(c) from Cooperative c", Long.class).getSingleResult() > 0) {
                throw FieldErrors.single(locale, "cooperative", "setup.alreadyDone");
            }
            CooperativeEntity coop = found(em, cooperative, adminLogin, now);
            UserAccountEntity user = users.insert(em, coop.getId(), adminLogin, administrator.displayName(),
                    administrator.email(), cooperative.defaultLocale(), Set.of(CoreRoles.ADMINISTRATOR), hash, now,
                    adminLogin);
            audit.append(em, coop.getId(), user.getId(), adminLogin, "core.user.created", "user:" + user.getId(),
                    "first administrator, roles=[" + CoreRoles.ADMINISTRATOR + "]");
            return users.context(em, user);
        });
        publishCreated(admin.cooperativeId(), admin.userId(), now);
        return admin;
    }

    /**
     * Stores a validated cooperative, its structure's analytic section, and grants it the default permissions of
     * the core and of every started module, in the caller's transaction. Shared with the demo cooperative.
     */
    public CooperativeEntity found(EntityManager em, NewCooperative cooperative, String createdBy, Instant now) {
        CooperativeEntity coop = new CooperativeEntity(cooperative, now, createdBy);
        em.persist(coop);
        em.flush(); // before the rows whose foreign key points to it: no mapped relationship orders them
        grants.applyDefaults(em, coop.getId(), grants.definitions(), "cooperative created");
        StructureActivity.ensure(em, coop.getId(), coop.getLegalName(), LocalDate.ofInstant(now, clock.getZone()), now,
                createdBy);
        audit.append(em, coop.getId(), null, createdBy, "core.cooperative.created", "cooperative:" + coop.getId(),
                coop.getLegalName());
        return coop;
    }

    /** Tells modules after the commit. */
    public void publishCreated(long cooperativeId, Long actorUserId, Instant now) {
        events.publish(new DomainEvent("core.cooperative.created", cooperativeId, actorUserId, now,
                Map.of("cooperativeId", Long.toString(cooperativeId))));
    }
}
