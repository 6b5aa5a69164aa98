package coop.essaim.kernel.ledger.lettering;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.Letter;
import coop.essaim.api.ledger.LetterSuggestion;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.ledger.LetteringQuery;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.ledger.OpenPostings;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.ledger.ChainLock;
import coop.essaim.kernel.ledger.CooperativeCharts;
import coop.essaim.kernel.ledger.ReadScope;
import coop.essaim.kernel.module.ModuleRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lettering on the core persistence unit, beside the ledger's tables: it reads postings and writes only
 * LEDGER_LETTERING and LEDGER_LETTERING_POSTING. Lettering and unlettering hold the cooperative's chain lock, so
 * they never interleave with each other or with a post (which may give a code at post time); the primary key on
 * the posting is the last guard against a posting in two matches.
 */
public final class KernelLettering implements Lettering {

    private final ModuleStore store;
    private final CooperativeDirectory cooperatives;
    private final CooperativeCharts charts;
    private final KernelAuditTrail audit;
    private final ActivityAccess activityAccess;
    private final Clock clock;

    public KernelLettering(ModuleStore store, CooperativeDirectory cooperatives, ModuleRegistry registry,
                           KernelAuditTrail audit, ActivityAccess activityAccess, Clock clock) {
        this.store = store;
        this.cooperatives = cooperatives;
        this.charts = new CooperativeCharts(registry);
        this.audit = audit;
        this.activityAccess = activityAccess;
        this.clock = clock;
    }

    @Override
    public OpenPostings open(UserContext user, LetteringQuery query) {
        ReadScope scope = ReadScope.of(user, activityAccess);
        String account = account(user, query.accountCode());
        int offset = Math.max(0, query.offset());
        int limit = Math.max(1, Math.min(query.limit(), MAX_PAGE));
        if (scope.restricted() && scope.activities().isEmpty()) {
            return new OpenPostings(account, List.of(), List.of(), 0, offset, limit, false);
        }
        PostingRows.Filter filter = PostingRows.Filter.open(user.cooperativeId(), account, scope)
                .and("p.thirdParty = :tp", "tp", blankToNull(query.thirdParty()))
                .and("p.activityId = :act", "act", query.activityId())
                .and("p.entryDate >= :from", "from", query.from())
                .and("p.entryDate <= :to", "to", query.to());
        return store.read(em -> {
            List<OpenPosting> page = filter.postings(em, offset, limit + 1);
            boolean more = page.size() > limit;
            List<Balance> totals = new ArrayList<>();
            long count = 0;
            for (Object[] r : filter.query(em, "select p.currency, count(p), sum(p.debitMinor), sum(p.creditMinor)",
                    " group by p.currency order by p.currency", Object[].class).getResultList()) {
                String currency = ((String) r[0]).trim();
                count += ((Number) r[1]).longValue();
                totals.add(new Balance(account, null, Money.of(((Number) r[2]).longValue(), currency),
                        Money.of(((Number) r[3]).longValue(), currency)));
            }
            return new OpenPostings(account, more ? page.subList(0, limit) : page, totals, count, offset, limit, more);
        });
    }

    @Override
    public Letter letter(UserContext user, List<Long> postingIds) {
        requireLettering(user);
        LetteringMessages messages = new LetteringMessages(user.locale());
        LetterRules.checkIds(postingIds, messages);
        Instant now = Timestamps.stored(clock.instant());
        return store.inTransaction(em -> {
            ChainLock.take(em, user.cooperativeId());
            LetterRules.Checked checked = LetterRules.check(em, user.cooperativeId(), postingIds, messages);
            String code = LetterCodes.next(em, user.cooperativeId(), checked.accountCode());
            LetteringEntity group = new LetteringEntity(user.cooperativeId(), checked.accountCode(), code,
                    LocalDate.ofInstant(now, clock.getZone()), user.login(), now);
            try {
                em.persist(group);
                em.flush();
                for (OpenPosting p : checked.postings()) {
                    em.persist(new LetteringPostingEntity(p.postingId(), group.id()));
                }
                em.flush();
            } catch (PersistenceException e) {
                // a posting or the code was taken by a match committed meanwhile: nothing of this one stays
                throw messages.refusal("postingIds", "ledger.lettering.concurrent");
            }
            audit.append(em, user.cooperativeId(), user.userId(), user.login(), "core.ledger.letter",
                    "ledger-lettering:" + group.id(), "account " + checked.accountCode() + " code " + code
                            + ": postings " + ids(checked.postings()));
            return new Letter(checked.accountCode(), code, group.letteredOn(), now, user.login(), checked.postings());
        });
    }

    @Override
    public void unletter(UserContext user, String accountCode, String code) {
        requireLettering(user);
        LetteringMessages messages = new LetteringMessages(user.locale());
        String account = account(user, accountCode);
        if (code == null || code.isBlank()) {
            throw messages.refusal("code", "ledger.lettering.code.required");
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        store.inTransaction(em -> {
            ChainLock.take(em, user.cooperativeId());
            List<LetteringEntity> found = em.createQuery("select l from LedgerLettering l where l.cooperativeId = :coop"
                            + " and l.accountCode = :acc and l.code = :code", LetteringEntity.class)
                    .setParameter("coop", user.cooperativeId()).setParameter("acc", account)
                    .setParameter("code", wanted).getResultList();
            if (found.isEmpty()) {
                long postTime = em.createQuery("select count(p) from LedgerPosting p where p.cooperativeId = :coop"
                                + " and p.accountCode = :acc and upper(p.lettering) = :code", Long.class)
                        .setParameter("coop", user.cooperativeId()).setParameter("acc", account)
                        .setParameter("code", wanted).getSingleResult();
                throw messages.refusal("code", postTime > 0 ? "ledger.lettering.code.postTime"
                        : "ledger.lettering.code.notFound", code.strip(), account);
            }
            LetteringEntity group = found.get(0);
            List<OpenPosting> postings = LetteredGroups.postings(em, List.of(group.id())).getOrDefault(group.id(),
                    List.of());
            em.createQuery("delete from LedgerLetteringPosting lp where lp.letteringId = :id")
                    .setParameter("id", group.id()).executeUpdate();
            em.remove(group);
            audit.append(em, user.cooperativeId(), user.userId(), user.login(), "core.ledger.unletter",
                    "ledger-lettering:" + group.id(), "account " + account + " code " + group.code() + " lettered on "
                            + group.letteredOn() + " by " + group.letteredBy() + ": postings " + ids(postings));
            return null;
        });
    }

    @Override
    public List<LetterSuggestion> suggestions(UserContext user, String accountCode) {
        requireLettering(user);
        String account = account(user, accountCode);
        return store.read(em -> LetterSuggestions.of(em, user.cooperativeId(), account));
    }

    @Override
    public List<Letter> lettered(UserContext user, String accountCode, int offset, int limit) {
        if (ReadScope.of(user, activityAccess).restricted()) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
        String account = account(user, accountCode);
        return store.read(em -> LetteredGroups.page(em, user.cooperativeId(), account, Math.max(0, offset),
                Math.max(1, Math.min(limit, MAX_PAGE))));
    }

    /** Lettering changes the whole books' matches: the permission, and never for a user restricted to her activities. */
    private void requireLettering(UserContext user) {
        user.require(LedgerPermissions.LETTER);
        if (ReadScope.of(user, activityAccess).restricted()) {
            throw new AccessDeniedException(LedgerPermissions.LETTER);
        }
    }

    /** The account code, if it is in the cooperative's chart. */
    private String account(UserContext user, String accountCode) {
        LetteringMessages messages = new LetteringMessages(user.locale());
        if (accountCode == null || accountCode.isBlank()) {
            throw messages.refusal("accountCode", "ledger.required");
        }
        String code = accountCode.strip();
        Cooperative coop = cooperatives.find(user.cooperativeId()).orElseThrow(() -> new IllegalStateException(
                "user " + user.login() + ": cooperative " + user.cooperativeId() + " does not exist"));
        if (charts.chartOf(coop.country()).map(chart -> !chart.containsKey(code)).orElse(true)) {
            throw messages.refusal("accountCode", "ledger.line.account.unknown", code);
        }
        return code;
    }

    private static String ids(List<OpenPosting> postings) {
        return postings.stream().map(p -> Long.toString(p.postingId())).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
