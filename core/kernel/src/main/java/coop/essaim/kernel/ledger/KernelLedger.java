package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.module.ModuleRegistry;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The ledger on the core persistence unit. This class and its helpers only ever insert entries and
 * postings; nothing updates or deletes them. Each post runs in one transaction that first locks the
 * cooperative's {@link ChainHead}, so idempotency, the closed-period check, numbering and chaining are
 * decided by one post at a time, and a failed post leaves no number used.
 */
public final class KernelLedger implements Ledger {

    private final ModuleStore store;
    private final CooperativeDirectory cooperatives;
    private final CooperativeCharts charts;
    private final KernelAuditTrail audit;
    private final ActivityAccess activityAccess;
    private final Clock clock;

    public KernelLedger(ModuleStore store, CooperativeDirectory cooperatives, ModuleRegistry registry,
                        KernelAuditTrail audit, ActivityAccess activityAccess, Clock clock) {
        this.store = store;
        this.cooperatives = cooperatives;
        this.charts = new CooperativeCharts(registry);
        this.audit = audit;
        this.activityAccess = activityAccess;
        this.clock = clock;
    }

    @Override
    public ValidatedEntry post(UserContext user, EntryDraft draft) {
        user.require(LedgerPermissions.POST);
        if (draft.cooperativeId() != user.cooperativeId()) {
            throw LedgerMessages.refusal(user.locale(), "cooperative", "ledger.cooperative.other");
        }
        Cooperative coop = cooperativeOf(user);
        return locked(coop.id(), (em, head) -> postLocked(em, head, user, coop, draft, null));
    }

    @Override
    public ValidatedEntry reverse(UserContext user, long entryId, LocalDate date, String label) {
        user.require(LedgerPermissions.POST);
        Cooperative coop = cooperativeOf(user);
        return locked(coop.id(), (em, head) -> {
            ValidatedEntry original = LedgerReads.entry(em, coop.id(), entryId, new ReadScope(null))
                    .orElseThrow(() -> LedgerMessages.refusal(user.locale(), "entry", "ledger.entry.notFound"));
            if (original.reversesEntryId() != null) {
                throw LedgerMessages.refusal(user.locale(), "entry", "ledger.entry.isReversal");
            }
            List<String> by = em.createQuery("select e.journalCode, e.fiscalYear, e.number from LedgerEntry e"
                            + " where e.reversesEntryId = :id", Object[].class).setParameter("id", entryId)
                    .getResultList().stream().map(r -> r[0] + "-" + r[1] + "-" + String.format("%06d", r[2])).toList();
            if (!by.isEmpty()) {
                throw LedgerMessages.refusal(user.locale(), "entry", "ledger.entry.alreadyReversed", by.get(0));
            }
            String text = label == null || label.isBlank()
                    ? LedgerMessages.text(user.locale(), "ledger.reversal.label", original.reference()) : label;
            List<PostingLine> lines = original.lines().stream().map(PostingLine::reversed).toList();
            EntryDraft draft = new EntryDraft(coop.id(), original.journal(), date, original.pieceReference(),
                    original.pieceDate(), text, lines, "core.ledger.reversal:" + entryId);
            return postLocked(em, head, user, coop, draft, entryId);
        });
    }

    /**
     * A retry asks for the entry already posted under its key; the same key with another journal, date or
     * lines is a caller's bug, refused rather than answered with an entry the caller did not ask for.
     */
    private static boolean sameRequest(ValidatedEntry posted, EntryDraft draft) {
        if (!Objects.equals(posted.journal(), draft.journal()) || !Objects.equals(posted.date(), draft.date())
                || draft.lines() == null || posted.lines().size() != draft.lines().size()) {
            return false;
        }
        for (int i = 0; i < posted.lines().size(); i++) {
            PostingLine stored = posted.lines().get(i);
            PostingLine asked = draft.lines().get(i);
            if (asked == null || asked.accountCode() == null
                    || !stored.accountCode().equals(asked.accountCode().strip())
                    || stored.activityId() != asked.activityId() || stored.side() != asked.side()
                    || !Objects.equals(stored.amount(), asked.amount())) {
                return false;
            }
        }
        return true;
    }

    private ValidatedEntry postLocked(EntityManager em, ChainHead.State head, UserContext user, Cooperative coop,
                                      EntryDraft draft, Long reverses) {
        return postLocked(em, head, user, coop, draft, reverses, DraftRules.MAX_LINES);
    }

    private ValidatedEntry postLocked(EntityManager em, ChainHead.State head, UserContext user, Cooperative coop,
                                      EntryDraft draft, Long reverses, int maxLines) {
        if (draft.idempotencyKey() != null && !draft.idempotencyKey().isBlank()) {
            List<LedgerEntryEntity> posted = em.createQuery("select e from LedgerEntry e where e.cooperativeId = :coop"
                            + " and e.idempotencyKey = :key", LedgerEntryEntity.class)
                    .setParameter("coop", coop.id()).setParameter("key", draft.idempotencyKey().strip())
                    .getResultList();
            if (!posted.isEmpty()) {
                ValidatedEntry first = LedgerReads.toRecords(em, posted, new ReadScope(null), true).get(0);
                if (!sameRequest(first, draft)) {
                    throw LedgerMessages.refusal(user.locale(), "idempotencyKey", "ledger.entry.keyReused",
                            first.reference());
                }
                return first;
            }
        }
        LedgerMessages errors = new LedgerMessages(user.locale());
        Set<Long> activities = ActivityIds.existing(em, coop.id(), draft.lines());
        DraftRules.check(draft, coop.country(), charts.chartOf(coop.country()),
                LedgerCounters.closedThrough(em, coop.id()), activities::contains, maxLines, errors);
        errors.throwIfAny();
        FiscalYear year = FiscalYear.containing(draft.date(), coop.fiscalYearStartMonth());
        String journal = draft.journal().code();
        long number = LedgerCounters.nextNumber(em, coop.id(), journal, year.year());
        List<EntryContent.Line> lines = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            lines.add(EntryContent.Line.of(i + 1, draft.lines().get(i)));
        }
        EntryContent content = new EntryContent(coop.id(), head.lastSeq() + 1, journal, year.year(), number,
                draft.date(), EntryContent.blankToNull(draft.pieceReference()), draft.pieceDate(),
                draft.label().strip(), draft.idempotencyKey().strip(), reverses, head.lastHash(), lines);
        String hash = EntryHash.of(content);
        Instant now = Timestamps.stored(clock.instant());
        LedgerEntryEntity entry = new LedgerEntryEntity(content, hash, now, user.login());
        em.persist(entry);
        for (EntryContent.Line l : lines) {
            em.persist(new LedgerPostingEntity(entry.getId(), coop.id(), draft.date(), l));
        }
        ChainHead.advance(em, coop.id(), content.chainSeq(), hash);
        ValidatedEntry posted = content.toRecord(entry.getId(), hash, now, user.login(), lines);
        audit.append(em, coop.id(), user.userId(), user.login(),
                reverses == null ? "core.ledger.post" : "core.ledger.reverse", "ledger-entry:" + entry.getId(),
                posted.reference() + (reverses == null ? "" : " reverses ledger-entry:" + reverses));
        return posted;
    }

    /**
     * Runs {@code work} with a {@link LedgerBatch} in one transaction holding the cooperative's chain lock: the
     * entries it adds are posted together, or none of them when {@code work} throws. One audit event records
     * the batch with {@code detail}. Needs {@link LedgerPermissions#POST}.
     */
    public <R> R postBatch(UserContext user, String action, String detail, java.util.function.Function<LedgerBatch, R> work) {
        user.require(LedgerPermissions.POST);
        Cooperative coop = cooperativeOf(user);
        return locked(coop.id(), (em, head) -> {
            LedgerBatch batch = new LedgerBatch(em, user, coop, charts.chartOf(coop.country()),
                    LedgerCounters.closedThrough(em, coop.id()), head, clock.instant());
            R result = work.apply(batch);
            batch.finish();
            audit.append(em, coop.id(), user.userId(), user.login(), action, "cooperative:" + coop.id(),
                    detail + ": " + batch.posted() + " entries posted" + (batch.posted() == 0 ? ""
                            : " (chain " + batch.firstSequence() + "-" + batch.lastSequence() + ")")
                            + ", " + batch.alreadyPresent() + " already present");
            return result;
        });
    }

    /** Runs {@code work} in one transaction holding the cooperative's chain lock, creating the head if needed. */
    private <R> R locked(long cooperativeId, BiFunction<EntityManager, ChainHead.State, R> work) {
        for (int attempt = 0; ; attempt++) {
            try {
                return store.inTransaction(em -> work.apply(em,
                        ChainHead.lock(em, cooperativeId).orElseThrow(NoHead::new)));
            } catch (NoHead e) {
                if (attempt > 0) {
                    throw new IllegalStateException("cooperative " + cooperativeId + ": the ledger chain head"
                            + " could not be created", e);
                }
                ChainHead.create(store, cooperativeId);
            }
        }
    }

    /** The cooperative has no chain head yet: the post creates it in its own transaction and retries. */
    private static final class NoHead extends RuntimeException {
        NoHead() {
            super(null, null, false, false);
        }
    }

    @Override
    public Optional<ValidatedEntry> entry(UserContext user, long entryId) {
        ReadScope scope = ReadScope.of(user, activityAccess);
        return store.read(em -> LedgerReads.entry(em, user.cooperativeId(), entryId, scope, true));
    }

    @Override
    public List<ValidatedEntry> entries(UserContext user, EntryQuery query) {
        ReadScope scope = ReadScope.of(user, activityAccess);
        requireOwn(user, query.cooperativeId());
        return store.read(em -> LedgerReads.entries(em, query, scope));
    }

    @Override
    public Optional<ValidatedEntry> entryByKey(UserContext user, String idempotencyKey) {
        ReadScope scope = ReadScope.of(user, activityAccess);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        return store.read(em -> em.createQuery("select e.id from LedgerEntry e where e.cooperativeId = :coop"
                        + " and e.idempotencyKey = :key", Long.class)
                .setParameter("coop", user.cooperativeId()).setParameter("key", idempotencyKey.strip())
                .getResultStream().findFirst()
                .flatMap(id -> LedgerReads.entry(em, user.cooperativeId(), id, scope, true)));
    }

    @Override
    public List<Balance> balances(UserContext user, BalanceQuery query) {
        ReadScope scope = ReadScope.of(user, activityAccess);
        requireOwn(user, query.cooperativeId());
        return store.read(em -> LedgerReads.balances(em, query, scope));
    }

    @Override
    public ChainVerification verifyChain(UserContext user, long cooperativeId) {
        if (ReadScope.of(user, activityAccess).restricted()) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
        requireOwn(user, cooperativeId);
        return store.read(em -> ChainVerifier.verify(em, cooperativeId, user.locale()));
    }

    @Override
    public FiscalYear fiscalYear(UserContext user, LocalDate date) {
        return FiscalYear.containing(date, cooperativeOf(user).fiscalYearStartMonth());
    }

    @Override
    public void closePeriod(UserContext user, YearMonth month) {
        user.require(LedgerPermissions.CLOSE);
        LocalDate through = month.atEndOfMonth();
        long coop = cooperativeOf(user).id();
        // under the chain lock, so no post can slip into the period while it closes
        locked(coop, (em, head) -> {
            Optional<LocalDate> closed = LedgerCounters.closedThrough(em, coop);
            if (closed.isPresent() && !through.isAfter(closed.get())) {
                throw LedgerMessages.refusal(user.locale(), "month", "ledger.period.alreadyClosed", closed.get());
            }
            LedgerCounters.close(em, coop, through, user.login(), clock.instant());
            audit.append(em, coop, user.userId(), user.login(), "core.ledger.close", "cooperative:" + coop,
                    "closed through " + through);
            return null;
        });
    }

    @Override
    public Optional<ValidatedEntry> closeFiscalYear(UserContext user, int year) {
        user.require(LedgerPermissions.CLOSE);
        Cooperative coop = cooperativeOf(user);
        FiscalYear fy = FiscalYear.containing(LocalDate.of(year, coop.fiscalYearStartMonth(), 1),
                coop.fiscalYearStartMonth());
        Instant now = clock.instant();
        return locked(coop.id(), (em, head) -> {
            YearEndClosing closing = new YearEndClosing(em, user, coop, fy);
            closing.checkClosable(LocalDate.ofInstant(now, clock.getZone()));
            Optional<EntryDraft> opening = closing.openingDraft(charts.chartOf(coop.country()));
            Optional<LocalDate> closed = LedgerCounters.closedThrough(em, coop.id());
            if (closed.isEmpty() || closed.get().isBefore(fy.end())) {
                LedgerCounters.close(em, coop.id(), fy.end(), user.login(), now);
            }
            Optional<ValidatedEntry> posted = opening.map(d -> postLocked(em, head, user, coop, d, null,
                    YearEndClosing.MAX_LINES));
            closing.record(posted.map(ValidatedEntry::id).orElse(null), now);
            audit.append(em, coop.id(), user.userId(), user.login(), "core.ledger.year.closed",
                    "cooperative:" + coop.id(), "fiscal year " + fy.year() + posted.map(e -> ", carried forward by "
                            + e.reference()).orElse(", nothing to carry forward"));
            return posted;
        });
    }

    @Override
    public Optional<LocalDate> closedThrough(UserContext user) {
        ReadScope.of(user, activityAccess);
        return store.read(em -> LedgerCounters.closedThrough(em, user.cooperativeId()));
    }

    private Cooperative cooperativeOf(UserContext user) {
        return cooperatives.find(user.cooperativeId())
                .orElseThrow(() -> new IllegalStateException("user " + user.login() + ": cooperative "
                        + user.cooperativeId() + " does not exist"));
    }

    private static void requireOwn(UserContext user, long cooperativeId) {
        if (cooperativeId != user.cooperativeId()) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
    }
}
