package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.api.ledger.ContributionTransfer;
import coop.essaim.api.ledger.ContributionTransfers;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.kernel.people.ActivityEntity;
import coop.essaim.kernel.people.StructureActivity;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ContributionTransfers} service. The run computes and posts under the ledger's chain lock, so two runs
 * at once post the difference once. Idempotency key: {@code core.contribution:<month>:<activity>:<n>}, n counting
 * the transfers already posted for that activity and month, so a retried run reuses its key while a run after a
 * change gets a new one.
 */
public final class KernelContributionTransfers implements ContributionTransfers {

    static final String KEY_PREFIX = "core.contribution:";

    private final ModuleStore store;
    private final CooperativeDirectory cooperatives;
    private final CooperativeCharts charts;
    private final ActivityAccess access;
    private final ContributionScheme scheme;
    private final KernelLedger ledger;
    private final Clock clock;

    public KernelContributionTransfers(ModuleStore store, CooperativeDirectory cooperatives, ModuleRegistry registry,
                                       ActivityAccess access, ContributionScheme scheme, KernelLedger ledger,
                                       Clock clock) {
        this.store = store;
        this.cooperatives = cooperatives;
        this.charts = new CooperativeCharts(registry);
        this.access = access;
        this.scheme = scheme;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public List<ContributionTransfer> preview(UserContext user, YearMonth month) {
        requireWholeLedger(user);
        Cooperative coop = cooperatives.find(user.cooperativeId()).orElseThrow();
        checkMonth(user, month);
        Map<String, Account> chart = chart(user, coop);
        return store.read(em -> transfers(em, user, coop, chart, month));
    }

    @Override
    public List<ValidatedEntry> post(UserContext user, YearMonth month) {
        user.require(LedgerPermissions.POST);
        requireWholeLedger(user);
        Cooperative coop = cooperatives.find(user.cooperativeId()).orElseThrow();
        checkMonth(user, month);
        Map<String, Account> chart = chart(user, coop);
        String account = contributionAccount(chart);
        if (ledger.closedThrough(user).filter(closed -> !closed.isBefore(month.atEndOfMonth())).isPresent()) {
            throw LedgerMessages.refusal(user.locale(), "month", "ledger.contribution.closed");
        }
        long structure = store.inTransaction(em -> StructureActivity.ensure(em, coop.id(), coop.legalName(),
                LocalDate.now(clock), clock.instant(), user.login()));
        List<String> keys = ledger.postBatch(user, "core.ledger.contributions.posted", "contributions of " + month,
                batch -> {
                    EntityManager em = batch.entityManager();
                    Map<Long, Integer> runs = previousRuns(em, coop.id(), month);
                    List<String> posted = new ArrayList<>();
                    for (ContributionTransfer t : transfers(em, user, coop, chart, month)) {
                        if (t.toPost().isZero()) {
                            continue;
                        }
                        String key = KEY_PREFIX + month + ":" + t.activityId() + ":"
                                + runs.getOrDefault(t.activityId(), 0);
                        List<ValidationException.FieldError> errors = batch.add(draft(coop, user, t, account,
                                structure, key));
                        if (!errors.isEmpty()) {
                            throw new ValidationException(errors);
                        }
                        posted.add(key);
                    }
                    return posted;
                });
        return keys.stream().map(k -> ledger.entryByKey(user, k)).flatMap(Optional::stream).toList();
    }

    private static EntryDraft draft(Cooperative coop, UserContext user, ContributionTransfer t, String account,
                                    long structure, String key) {
        Money amount = t.toPost();
        boolean down = amount.isNegative();
        Money positive = down ? amount.negate() : amount;
        PostingLine onActivity = down ? PostingLine.credit(account, t.activityId(), positive)
                : PostingLine.debit(account, t.activityId(), positive);
        PostingLine onStructure = down ? PostingLine.debit(account, structure, positive)
                : PostingLine.credit(account, structure, positive);
        String label = LedgerMessages.text(user.locale(), down ? "ledger.contribution.label.down"
                : "ledger.contribution.label", t.month(), t.analyticCode());
        return new EntryDraft(coop.id(), JournalCode.MISC, t.month().atEndOfMonth(), "CONTRIB-" + t.month(), null,
                label, List.of(onActivity, onStructure), key);
    }

    /** Every activity but the structure that existed during the month or has postings in it, by name. */
    private List<ContributionTransfer> transfers(EntityManager em, UserContext user, Cooperative coop,
                                                 Map<String, Account> chart, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, AccountFigures> figures = new HashMap<>();
        for (Balance b : LedgerReads.balances(em, new BalanceQuery(coop.id(), from, to,
                BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY, null), new ReadScope(null))) {
            Account a = chart.get(b.accountCode());
            if (a != null && b.debit().currency().getCurrencyCode().equals(coop.currency())) {
                figures.computeIfAbsent(b.activityId(), id -> new AccountFigures()).add(a, b.balance().minorUnits());
            }
        }
        List<ContributionTransfer> out = new ArrayList<>();
        for (ActivityEntity a : em.createQuery("select a from Activity a where a.cooperativeId = :coop"
                        + " and a.analyticCode <> :structure", ActivityEntity.class)
                .setParameter("coop", coop.id()).setParameter("structure", StructureActivity.CODE).getResultList()) {
            boolean open = !a.getStart().isAfter(to) && (a.getEnd() == null || !a.getEnd().isBefore(from));
            AccountFigures f = figures.get(a.getId());
            if (!open && f == null) {
                continue;
            }
            f = f == null ? new AccountFigures() : f;
            out.add(new ContributionTransfer(a.getId(), a.getName(), a.getAnalyticCode(), month,
                    scheme.contribution(coop, f.contributionBase(a.getId(), from, to, coop.currency()), to,
                            user.locale()), Money.of(f.contributionPosted(), coop.currency())));
        }
        out.sort(Comparator.comparing(ContributionTransfer::activityName).thenComparing(ContributionTransfer::activityId));
        return out;
    }

    /** How many transfers each activity already has for the month: the n of the next key. */
    private static Map<Long, Integer> previousRuns(EntityManager em, long coop, YearMonth month) {
        String prefix = KEY_PREFIX + month + ":";
        Map<Long, Integer> runs = new HashMap<>();
        for (String key : em.createQuery("select e.idempotencyKey from LedgerEntry e where e.cooperativeId = :coop"
                        + " and e.idempotencyKey like :prefix", String.class)
                .setParameter("coop", coop).setParameter("prefix", prefix + "%").getResultList()) {
            String[] parts = key.substring(prefix.length()).split(":");
            runs.merge(Long.parseLong(parts[0]), 1, Integer::sum);
        }
        return runs;
    }

    /** The transfers name every activity: a reader confined to their own activities may not run or see them. */
    private void requireWholeLedger(UserContext user) {
        if (ReadScope.of(user, access).restricted()) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
    }

    private void checkMonth(UserContext user, YearMonth month) {
        if (month == null || month.isAfter(YearMonth.now(clock))) {
            throw LedgerMessages.refusal(user.locale(), "month", "ledger.contribution.month");
        }
    }

    private Map<String, Account> chart(UserContext user, Cooperative coop) {
        Map<String, Account> chart = charts.chartOf(coop.country()).orElse(Map.of());
        if (contributionAccount(chart) == null) {
            throw LedgerMessages.refusal(user.locale(), "month", "ledger.contribution.noAccount");
        }
        return chart;
    }

    private static String contributionAccount(Map<String, Account> chart) {
        return chart.values().stream().filter(a -> a.role() == AccountRole.CONTRIBUTION).map(Account::code)
                .sorted().findFirst().orElse(null);
    }
}
