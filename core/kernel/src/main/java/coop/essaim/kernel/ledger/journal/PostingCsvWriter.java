package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * One CSV row per posting (RFC 4180, header row): the entry's reference and number, journal, date, piece, label,
 * then the account, activity code, debit, credit (plain decimals with a point, the empty side blank), currency,
 * third party and lettering. The printer is flushed, never closed: the caller owns the writer.
 */
final class PostingCsvWriter {

    static final String[] HEADER = {"reference", "number", "journal", "date", "piece_reference", "piece_date", "label",
            "account", "activity", "debit", "credit", "currency", "third_party", "lettering"};

    private final CSVPrinter printer;
    private final ActivityCodes activities;

    PostingCsvWriter(Writer out, ActivityCodes activities) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        this.activities = activities;
    }

    void entry(ValidatedEntry e) {
        try {
            for (PostingLine l : e.lines()) {
                String amount = BigDecimal.valueOf(l.amount().minorUnits(),
                        Math.max(0, l.amount().currency().getDefaultFractionDigits())).toPlainString();
                printer.printRecord(e.reference(), e.number(), e.journal().code(), e.date(), e.pieceReference(),
                        e.pieceDate(), e.label(), l.accountCode(), activities.code(l.activityId()),
                        l.side() == Side.DEBIT ? amount : "", l.side() == Side.CREDIT ? amount : "",
                        l.amount().currency().getCurrencyCode(), l.thirdParty(), l.lettering());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void flush() throws IOException {
        printer.flush();
    }
}
