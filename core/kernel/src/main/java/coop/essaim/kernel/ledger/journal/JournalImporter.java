package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.kernel.ledger.LedgerBatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each transaction read from a journal into an entry draft and hands it to the batch. Every problem of
 * the file is collected with its line; after the first one, drafts are still checked (so every bad line is
 * reported) but no longer queued, and at the end the problems are thrown, which rolls the batch back.
 *
 * <p>Idempotency key: {@code core.ledger.import:<SHA-256 of the transaction's text>:<n>}, n counting the
 * identical transactions before it in the file, so the same file imported again (or the same file with
 * transactions added) posts only what it has not posted yet.
 */
final class JournalImporter {

    static final String KEY_PREFIX = "core.ledger.import:";

    private final LedgerBatch batch;
    private final long cooperativeId;
    private final Currency currency;
    private final Map<String, Account> chart;
    private final ActivityCodes activities;
    private final JournalMessages messages;
    private final Problems problems = new Problems();
    /** The first 8 bytes of each text's hash and how often it appeared: small enough for millions of transactions. */
    private final Map<Long, Integer> seen = new HashMap<>();
    private long transactions;
    /** The file line of each line of the draft being built, to name the line of a ledger error. */
    private final List<Integer> draftLines = new ArrayList<>();

    JournalImporter(LedgerBatch batch, long cooperativeId, Currency currency, Map<String, Account> chart,
                    ActivityCodes activities, JournalMessages messages) {
        this.batch = batch;
        this.cooperativeId = cooperativeId;
        this.currency = currency;
        this.chart = chart;
        this.activities = activities;
        this.messages = messages;
    }

    /** Reads the whole file; throws a {@code JournalImportException} listing every problem, if any. */
    long run(BufferedReader in) {
        JournalReader reader = new JournalReader(in, messages, problems);
        try {
            ParsedTransaction next;
            while ((next = reader.next()) != null) {
                ParsedTransaction t = next;
                transactions++;
                EntryDraft draft = draft(t);
                if (draft != null) {
                    List<ValidationException.FieldError> errors = problems.any() ? batch.check(draft) : batch.add(draft);
                    errors.forEach(e -> problems.add(lineOf(e.field(), t), e.message()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        return transactions;
    }

    private EntryDraft draft(ParsedTransaction t) {
        boolean ok = true;
        JournalCode journal = JournalCode.MISC;
        String journalTag = t.tags().get("journal");
        if (journalTag != null) {
            try {
                journal = JournalCode.of(journalTag);
            } catch (IllegalArgumentException e) {
                problems.add(t.line(), messages.text("journal.journal.invalid", journalTag));
                ok = false;
            }
        }
        LocalDate pieceDate = null;
        String pieceDateTag = t.tags().get("piece-date");
        if (pieceDateTag != null && !pieceDateTag.isBlank()) {
            try {
                pieceDate = LocalDate.parse(pieceDateTag.replace('/', '-'));
            } catch (DateTimeParseException e) {
                problems.add(t.line(), messages.text("journal.date.invalid", pieceDateTag));
                ok = false;
            }
        }
        List<PostingLine> lines = lines(t);
        if (!ok || lines == null || t.broken()) {
            return null;
        }
        String piece = t.tags().getOrDefault("piece", t.code());
        String label = !t.description().isBlank() ? t.description()
                : t.code() != null ? t.code() : messages.text("journal.label.default", t.line());
        return new EntryDraft(cooperativeId, journal, t.date(), piece, pieceDate, label, lines, key(t.text()));
    }

    /** The lines with their amounts resolved; null when one of them has a problem (reported). */
    private List<PostingLine> lines(ParsedTransaction t) {
        boolean ok = true;
        List<PostingLine> lines = new ArrayList<>();
        draftLines.clear();
        ParsedTransaction.Posting open = null;
        long[] openActivity = new long[1];
        String openAccount = null;
        Map<Currency, Long> totals = new LinkedHashMap<>();
        for (ParsedTransaction.Posting p : t.postings()) {
            String[] parts = p.account().split(":", 2);
            Long activity = activity(p, parts);
            boolean known = chart.containsKey(parts[0]);
            if (!known) {
                problems.add(p.line(), messages.text("journal.account.unknown", parts[0]));
            }
            if (activity == null || !known) {
                ok = false;
                continue;
            }
            if (p.amount() == null) {
                if (open != null) {
                    problems.add(p.line(), messages.text("journal.amount.secondMissing", open.line()));
                    ok = false;
                }
                open = p;
                openActivity[0] = activity;
                openAccount = parts[0];
                continue;
            }
            AmountText.Parsed a = AmountText.parse(p.amount(), currency);
            if (a.problem() != null) {
                problems.add(p.line(), messages.text(a.problem(), a.argument()));
                ok = false;
                continue;
            }
            long total;
            try {
                total = Math.addExact(totals.getOrDefault(a.currency(), 0L), a.minor());
            } catch (ArithmeticException e) {
                problems.add(p.line(), messages.text("journal.amount.tooLarge"));
                ok = false;
                continue;
            }
            totals.put(a.currency(), total);
            if (a.minor() != 0) { // a zero posting changes no balance: hledger allows it, the ledger has no use for it
                lines.add(line(parts[0], activity, a.minor(), a.currency(), p));
                draftLines.add(p.line());
            }
        }
        if (open != null && ok && !t.broken()) {
            List<Map.Entry<Currency, Long>> unbalanced = totals.entrySet().stream().filter(e -> e.getValue() != 0).toList();
            if (unbalanced.size() > 1) {
                problems.add(open.line(), messages.text("journal.amount.ambiguous"));
                return null;
            }
            if (unbalanced.size() == 1) {
                Map.Entry<Currency, Long> u = unbalanced.get(0);
                lines.add(line(openAccount, openActivity[0], -u.getValue(), u.getKey(), open));
                draftLines.add(open.line());
            }
        }
        return ok ? lines : null;
    }

    private Long activity(ParsedTransaction.Posting p, String[] parts) {
        if (parts.length == 1 || parts[1].isBlank()) {
            Long structure = activities.structure().orElse(null);
            if (structure == null) {
                problems.add(p.line(), messages.text("journal.activity.noStructure", parts[0], ActivityCodes.STRUCTURE));
            }
            return structure;
        }
        Long id = activities.id(parts[1]).orElse(null);
        if (id == null) {
            problems.add(p.line(), messages.text("journal.activity.unknown", parts[1]));
        }
        return id;
    }

    private static PostingLine line(String account, long activity, long minor, Currency currency,
                                    ParsedTransaction.Posting p) {
        return new PostingLine(account, activity, minor > 0 ? Side.DEBIT : Side.CREDIT,
                Money.of(Math.abs(minor), currency), p.tags().get("third-party"), p.tags().get("lettering"));
    }

    /** {@code lines[2].account} is the file line of the draft's third line; any other field is the header's. */
    private int lineOf(String field, ParsedTransaction t) {
        if (field.startsWith("lines[")) {
            int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
            if (i < draftLines.size()) {
                return draftLines.get(i);
            }
        }
        return t.line();
    }

    private String key(String text) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long head = 0;
        for (int i = 0; i < 8; i++) {
            head = (head << 8) | (hash[i] & 0xff);
        }
        int n = seen.merge(head, 1, Integer::sum) - 1;
        return KEY_PREFIX + HexFormat.of().formatHex(hash) + ":" + n;
    }
}
