package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything of an entry that its hash covers, as stored: what the ledger writes and what the chain check
 * reads back, so both compute the hash from the same values.
 */
record EntryContent(long cooperativeId, long chainSeq, String journal, int fiscalYear, long number, LocalDate date,
                    String pieceReference, LocalDate pieceDate, String label, String idempotencyKey,
                    Long reversesEntryId, String previousHash, List<Line> lines) {

    EntryContent {
        lines = List.copyOf(lines);
    }

    /** A posting as stored: minor units on one side, zero on the other. */
    record Line(int lineNo, String accountCode, long activityId, long debitMinor, long creditMinor, String currency,
                String thirdParty, String lettering) {

        static Line of(int lineNo, PostingLine p) {
            long minor = p.amount().minorUnits();
            return new Line(lineNo, p.accountCode().strip(), p.activityId(), p.side() == Side.DEBIT ? minor : 0,
                    p.side() == Side.CREDIT ? minor : 0, p.amount().currency().getCurrencyCode(),
                    blankToNull(p.thirdParty()), blankToNull(p.lettering()));
        }

        /** The same posting showing {@code code} as its lettering: for reads only, never stored or hashed. */
        Line withLettering(String code) {
            return new Line(lineNo, accountCode, activityId, debitMinor, creditMinor, currency, thirdParty, code);
        }

        PostingLine toPostingLine() {
            Side side = debitMinor > 0 ? Side.DEBIT : Side.CREDIT;
            Money amount = Money.of(side == Side.DEBIT ? debitMinor : creditMinor, currency);
            return new PostingLine(accountCode, activityId, side, amount, thirdParty, lettering);
        }
    }

    ValidatedEntry toRecord(long id, String hash, Instant at, String by, List<Line> visibleLines) {
        return new ValidatedEntry(id, cooperativeId, JournalCode.of(journal), fiscalYear, number, date,
                pieceReference, pieceDate, label, visibleLines.stream().map(Line::toPostingLine).toList(),
                idempotencyKey, reversesEntryId, hash, previousHash, at, by);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
