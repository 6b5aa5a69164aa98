package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Many entries posted in one transaction under the cooperative's chain lock ({@link KernelLedger#postBatch}):
 * the same rules, numbering and chaining as one {@link KernelLedger#post} each, but the chart and the closed
 * limit are read once, idempotency keys are looked up {@link #CHUNK} drafts at a time, the numbering counters
 * and the chain head are written once at the end, and each chunk's rows go to the database as JDBC batches
 * ({@link LedgerRowWriter}) in the same transaction, so memory stays bounded whatever the size. If the caller's
 * work throws, the transaction rolls back: nothing is posted and no number is used.
 */
public final class LedgerBatch {

    static final int CHUNK = 500;

    private final EntityManager em;
    private final UserContext user;
    private final Cooperative coop;
    private final Optional<Map<String, Account>> chart;
    private final Optional<LocalDate> closedThrough;
    /** Every activity of the cooperative, read once: a batch may name thousands. */
    private final Set<Long> activities;
    private final Instant now;
    private final List<EntryDraft> pending = new ArrayList<>();
    /** The keys posted in the cooperative, read at the first flush, then kept up to date by the batch. */
    private Set<String> existing;
    private final Map<String, long[]> counters = new HashMap<>();
    private long seq;
    private String lastHash;
    private final long firstSeq;
    private long posted;
    private long postings;
    private long alreadyPresent;

    LedgerBatch(EntityManager em, UserContext user, Cooperative coop, Optional<Map<String, Account>> chart,
                Optional<LocalDate> closedThrough, ChainHead.State head, Instant now) {
        this.em = em;
        this.user = user;
        this.coop = coop;
        this.chart = chart;
        this.closedThrough = closedThrough;
        this.activities = ActivityIds.all(em, coop.id());
        this.now = now;
        this.seq = head.lastSeq();
        this.firstSeq = head.lastSeq();
        this.lastHash = head.lastHash();
    }

    /** The batch's transaction: what a caller reads there sees the entries posted before the chain lock was taken. */
    EntityManager entityManager() {
        return em;
    }

    /** The chart of the cooperative's country, by code; empty when no started module contributes it. */
    public Optional<Map<String, Account>> chart() {
        return chart;
    }

    /**
     * The errors {@link KernelLedger#post} would report for the draft (fields named as it names them:
     * {@code date}, {@code lines}, {@code lines[1].account}...), without posting it; empty when it is valid.
     */
    public List<ValidationException.FieldError> check(EntryDraft draft) {
        LedgerMessages errors = new LedgerMessages(user.locale());
        if (draft.cooperativeId() != coop.id()) {
            errors.add("cooperative", "ledger.cooperative.other");
        }
        DraftRules.check(draft, coop.country(), chart, closedThrough, activities::contains, errors);
        return errors.errors();
    }

    /** Checks the draft and, when valid, queues it for posting; returns its errors otherwise. */
    public List<ValidationException.FieldError> add(EntryDraft draft) {
        List<ValidationException.FieldError> errors = check(draft);
        if (errors.isEmpty()) {
            pending.add(draft);
            if (pending.size() >= CHUNK) {
                flush();
            }
        }
        return errors;
    }

    /**
     * Every idempotency key of the cooperative, once: a query per chunk with hundreds of keys in an IN list
     * made Derby scan the entries at every chunk. About 100 bytes a posted entry.
     */
    private Set<String> existingKeys() {
        Set<String> keys = new HashSet<>();
        try (var rows = em.createQuery("select e.idempotencyKey from LedgerEntry e where e.cooperativeId = :coop",
                String.class).setParameter("coop", coop.id()).getResultStream()) {
            rows.forEach(keys::add);
        }
        return keys;
    }

    /** Posts the queued drafts now (the batch does it every {@link #CHUNK} drafts and at its end). */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        if (existing == null) {
            existing = existingKeys();
        }
        try (LedgerRowWriter rows = new LedgerRowWriter(em, now, user.login())) {
            for (EntryDraft draft : pending) {
                // a key already posted, earlier or in this chunk, posts nothing (as post() returns the first entry)
                if (!existing.add(draft.idempotencyKey().strip())) {
                    alreadyPresent++;
                    continue;
                }
                insert(draft, rows);
            }
            rows.execute();
        }
        pending.clear();
        em.clear();
    }

    private void insert(EntryDraft draft, LedgerRowWriter rows) {
        FiscalYear year = FiscalYear.containing(draft.date(), coop.fiscalYearStartMonth());
        String journal = draft.journal().code();
        long[] counter = counters.computeIfAbsent(journal + "|" + year.year(), k -> {
            var last = LedgerCounters.lastNumber(em, coop.id(), journal, year.year());
            return new long[]{last.orElse(0), last.isPresent() ? 1 : 0, year.year()};
        });
        counter[0]++;
        List<EntryContent.Line> lines = new ArrayList<>(draft.lines().size());
        for (int i = 0; i < draft.lines().size(); i++) {
            lines.add(EntryContent.Line.of(i + 1, draft.lines().get(i)));
        }
        EntryContent content = new EntryContent(coop.id(), seq + 1, journal, year.year(), counter[0], draft.date(),
                EntryContent.blankToNull(draft.pieceReference()), draft.pieceDate(), draft.label().strip(),
                draft.idempotencyKey().strip(), null, lastHash, lines);
        String hash = EntryHash.of(content);
        rows.add(content, hash);
        seq++;
        lastHash = hash;
        posted++;
        postings += lines.size();
    }

    /** Posts what is queued, then writes the counters and the chain head once. */
    void finish() {
        flush();
        for (Map.Entry<String, long[]> c : counters.entrySet()) {
            String journal = c.getKey().substring(0, c.getKey().indexOf('|'));
            LedgerCounters.setLastNumber(em, coop.id(), journal, (int) c.getValue()[2], c.getValue()[0],
                    c.getValue()[1] == 1);
        }
        if (seq != firstSeq) {
            ChainHead.advance(em, coop.id(), seq, lastHash);
        }
    }

    public long posted() {
        return posted;
    }

    public long postings() {
        return postings;
    }

    /** Drafts skipped because their idempotency key was already posted. */
    public long alreadyPresent() {
        return alreadyPresent;
    }

    long firstSequence() {
        return firstSeq + 1;
    }

    long lastSequence() {
        return seq;
    }
}
