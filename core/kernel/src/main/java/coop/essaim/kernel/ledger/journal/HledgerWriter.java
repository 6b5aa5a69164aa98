package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.function.LongFunction;

/**
 * Writes entries as a journal both hledger (1.25+) and ledger-cli (3.3+) read. Each posting is on
 * {@code <account code>:<activity code>}, so {@code hledger balance} totals per account and activity and
 * {@code --depth 1} per account; a debit is positive, a credit negative, with the currency as commodity and
 * exactly the stored minor units. Entry facts are tags on comment lines of their own (one tag per line, so a
 * value ends at the end of its line for both tools): {@code journal}, {@code piece}, {@code piece-date},
 * {@code key} (the idempotency key), {@code reverses}; postings carry {@code third-party} and {@code lettering}.
 */
final class HledgerWriter {

    private final Writer out;
    private final ActivityCodes activities;
    private final LongFunction<String> references;

    /** {@code references} gives the reference of an entry by id, to name a reversed entry (rare: asked each time). */
    HledgerWriter(Writer out, ActivityCodes activities, LongFunction<String> references) {
        this.out = out;
        this.activities = activities;
        this.references = references;
    }

    void header(String cooperative, Collection<Account> accounts) {
        write("; " + text(cooperative) + ": Essaim ledger export\n");
        write("; hledger -f FILE balance  (per account and activity), hledger -f FILE balance --depth 1 (per account)\n\n");
        for (Account a : accounts) {
            // hledger's account types (A L E R X); ledger-cli reads the comment line as a comment
            write("account " + a.code() + "  ; type:" + type(a.kind()) + "\n    ; " + text(a.label()) + "\n");
        }
        write("\n");
    }

    void entry(ValidatedEntry e) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(e.date()).append(" * (").append(e.reference()).append(") ").append(text(e.label())).append('\n');
        tag(sb, "journal", e.journal().code());
        tag(sb, "piece", e.pieceReference());
        tag(sb, "piece-date", e.pieceDate() == null ? null : e.pieceDate().toString());
        tag(sb, "key", e.idempotencyKey());
        if (e.reversesEntryId() != null) {
            tag(sb, "reverses", references.apply(e.reversesEntryId()));
        }
        for (PostingLine l : e.lines()) {
            String account = l.accountCode() + ":" + activities.code(l.activityId());
            long minor = l.side() == Side.DEBIT ? l.amount().minorUnits() : -l.amount().minorUnits();
            String amount = AmountText.format(minor, l.amount().currency().getCurrencyCode());
            sb.append("    ").append(account).append(" ".repeat(Math.max(2, 40 - account.length())))
                    .append(" ".repeat(Math.max(0, 16 - amount.length()))).append(amount).append('\n');
            if (l.thirdParty() != null) {
                sb.append("    ");
                tag(sb, "third-party", l.thirdParty());
            }
            if (l.lettering() != null) {
                sb.append("    ");
                tag(sb, "lettering", l.lettering());
            }
        }
        sb.append('\n');
        write(sb.toString());
    }

    private static void tag(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append("    ; ").append(name).append(':').append(text(value).replace(',', ' ')).append('\n');
        }
    }

    /** A label on one line, without the {@code ;} that would start a comment. */
    private static String text(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").replace(';', ',').strip();
    }

    private static String type(AccountKind kind) {
        return switch (kind) {
            case ASSET -> "A";
            case LIABILITY -> "L";
            case EQUITY -> "E";
            case INCOME -> "R";
            case EXPENSE -> "X";
        };
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
