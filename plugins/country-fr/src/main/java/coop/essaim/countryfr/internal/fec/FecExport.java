package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.countryfr.internal.FrenchChart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The FEC of a fiscal year (article A47 A-1 LPF): one line per posting of the year's entries, in validation order,
 * tab-separated, UTF-8, lines ending with CR LF. EcritureNum is the ledger's reference ({@code SALES-2026-000042}),
 * so numbers run without gaps per journal; amounts are in euros. Needs the whole books
 * ({@link LedgerPermissions#READ}): an entrepreneur, who reads only her own activities, is refused.
 */
public final class FecExport {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    static final CSVFormat FORMAT = CSVFormat.TDF.builder().setQuote(null).setEscape(null).setRecordSeparator("\r\n")
            .setTrim(false).setIgnoreSurroundingSpaces(false).get();

    private final Ledger ledger;
    private final Lettering lettering;
    private final CooperativeProfile profile;
    private final Map<String, String> accountLabels;

    FecExport(Ledger ledger, Lettering lettering, CooperativeProfile profile, List<Account> chart) {
        this.ledger = ledger;
        this.lettering = lettering;
        this.profile = profile;
        this.accountLabels = chart.stream().collect(Collectors.toUnmodifiableMap(Account::code, Account::label));
    }

    public static FecExport of(ModuleContext module) {
        return new FecExport(module.service(Ledger.class), module.service(Lettering.class),
                module.service(CooperativeProfile.class), new FrenchChart().accounts());
    }

    /** The fiscal year that starts in {@code year} (the 31 December of a year always falls in the one starting in it). */
    public FiscalYear fiscalYear(UserContext user, int year) {
        return ledger.fiscalYear(user, LocalDate.of(year, 12, 31));
    }

    /** The fiscal year containing today's date, by the year it starts in. */
    public int currentYear(UserContext user) {
        return ledger.fiscalYear(user, LocalDate.now(FRANCE)).year();
    }

    /** {@code SIRENFECyyyyMMdd.txt}; refused, naming the registration number, while the SIREN is not filled in. */
    public String fileName(UserContext user, int year) {
        user.require(LedgerPermissions.READ);
        String registration = profile.identity(user).registrationNumber();
        if (FecFileName.siren(registration).isEmpty()) {
            throw new ValidationException("registrationNumber", FecMessages.text(user.locale(), "fec.export.siren"));
        }
        return FecFileName.of(registration, fiscalYear(user, year).end());
    }

    /** Writes the FEC of {@code year} (header line included) to {@code out}, which it flushes but does not close; returns the posting lines written. */
    public long write(UserContext user, int year, Writer out) throws IOException {
        user.require(LedgerPermissions.READ);
        FiscalYear fiscal = fiscalYear(user, year);
        FecLetterDates letters = new FecLetterDates(lettering, user);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(FecColumn.HEADER);
        long[] lines = {0};
        try {
            new FecEntries(ledger, user, fiscal).forEach(entry -> {
                for (PostingLine line : entry.lines()) {
                    print(printer, row(entry, line, letters));
                    lines[0]++;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return lines[0];
    }

    private List<String> row(ValidatedEntry entry, PostingLine line, FecLetterDates letters) {
        if (!line.amount().currency().getCurrencyCode().equals("EUR")) {
            // the FEC is kept in euros; converting another currency needs a rate the books do not hold
            throw new IllegalStateException("entry " + entry.reference() + ": a FEC is in euros, this posting is in "
                    + line.amount().currency());
        }
        LocalDate validated = entry.validatedAt().atZone(FRANCE).toLocalDate();
        String amount = FecText.amount(line.amount());
        String party = FecText.clean(line.thirdParty());
        String letter = FecText.clean(line.lettering());
        List<String> row = new ArrayList<>(FecColumn.values().length);
        row.add(entry.journal().code());
        row.add(FecJournals.label(entry.journal().code()));
        row.add(entry.reference());
        row.add(FecText.date(entry.date()));
        row.add(FecText.clean(line.accountCode()));
        row.add(FecText.clean(accountLabels.getOrDefault(line.accountCode(), line.accountCode())));
        row.add(party);
        row.add(party);
        row.add(pieceReference(entry));
        row.add(FecText.date(entry.pieceDate() == null ? entry.date() : entry.pieceDate()));
        row.add(FecText.clean(entry.label()).isEmpty() ? entry.reference() : FecText.clean(entry.label()));
        row.add(line.side() == Side.DEBIT ? amount : "0,00");
        row.add(line.side() == Side.CREDIT ? amount : "0,00");
        row.add(letter);
        row.add(letter.isEmpty() ? "" : FecText.date(letters.letteredOn(line.accountCode(), letter).orElse(validated)));
        row.add(FecText.date(validated));
        row.add("");
        row.add("");
        return row;
    }

    /** PieceRef is mandatory: an entry posted without one (an opening entry) is its own piece. */
    private static String pieceReference(ValidatedEntry entry) {
        String piece = FecText.clean(entry.pieceReference());
        return piece.isEmpty() ? entry.reference() : piece;
    }

    private static void print(CSVPrinter printer, List<String> row) {
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
