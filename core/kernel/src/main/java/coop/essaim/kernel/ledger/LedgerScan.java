package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.module.ModuleRegistry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every entry of a cooperative in date order, for exports: read {@link LedgerReads#MAX_PAGE} entries at a time
 * after the last one seen (keyset paging on date and id, so the millionth entry costs what the first did), in
 * one read-only persistence context cleared after each page. Lines carry their effective lettering (post time,
 * else the lettering workflow's), as the exports write it.
 */
public final class LedgerScan {

    private final ModuleStore store;
    private final CooperativeCharts charts;
    private final ActivityAccess activityAccess;

    public LedgerScan(ModuleStore store, ModuleRegistry registry, ActivityAccess activityAccess) {
        this.store = store;
        this.charts = new CooperativeCharts(registry);
        this.activityAccess = activityAccess;
    }

    /**
     * Gives each entry dated from {@code from} to {@code to} (both optional) to {@code each}. Needs an
     * unrestricted {@link LedgerPermissions#READ}: an export is the whole books, never a part of them.
     */
    public void forEach(UserContext user, long cooperativeId, LocalDate from, LocalDate to,
                        Consumer<ValidatedEntry> each) {
        requireWholeBooks(user, cooperativeId);
        store.read(em -> {
            LocalDate lastDate = null;
            long lastId = 0;
            ReadScope all = new ReadScope(null);
            while (true) {
                StringBuilder jpql = new StringBuilder("select e from LedgerEntry e where e.cooperativeId = :coop");
                if (from != null) {
                    jpql.append(" and e.entryDate >= :from");
                }
                if (to != null) {
                    jpql.append(" and e.entryDate <= :to");
                }
                if (lastDate != null) {
                    jpql.append(" and (e.entryDate > :lastDate or (e.entryDate = :lastDate and e.id > :lastId))");
                }
                var query = em.createQuery(jpql.append(" order by e.entryDate, e.id").toString(),
                        LedgerEntryEntity.class).setParameter("coop", cooperativeId);
                if (from != null) {
                    query.setParameter("from", from);
                }
                if (to != null) {
                    query.setParameter("to", to);
                }
                if (lastDate != null) {
                    query.setParameter("lastDate", lastDate).setParameter("lastId", lastId);
                }
                List<LedgerEntryEntity> page = query.setMaxResults(LedgerReads.MAX_PAGE).getResultList();
                if (page.isEmpty()) {
                    return null;
                }
                for (ValidatedEntry e : LedgerReads.toRecords(em, page, all, true)) {
                    each.accept(e);
                }
                LedgerEntryEntity last = page.get(page.size() - 1);
                lastDate = last.content(List.of()).date();
                lastId = last.getId();
                em.clear();
            }
        });
    }

    /** The chart of {@code country} by code, empty when no started module contributes it. */
    public Optional<Map<String, Account>> chart(String country) {
        return charts.chartOf(country);
    }

    static void requireWholeBooks(UserContext user, long cooperativeId, ActivityAccess access) {
        if (ReadScope.of(user, access).restricted() || cooperativeId != user.cooperativeId()) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
    }

    /** Throws unless the user may read every posting of the cooperative (what an export needs). */
    public void requireWholeBooks(UserContext user, long cooperativeId) {
        requireWholeBooks(user, cooperativeId, activityAccess);
    }
}
