package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.Letter;
import coop.essaim.api.ledger.LetteringQuery;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static coop.essaim.countryfr.api.FrenchAccounts.BANK;
import static coop.essaim.countryfr.api.FrenchAccounts.CUSTOMERS;
import static coop.essaim.countryfr.api.FrenchAccounts.SERVICES_SOLD;
import static coop.essaim.countryfr.api.FrenchAccounts.VAT_COLLECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FEC of the demo cooperative's 2026 books, on the real core: what the export writes and what it refuses. */
class FecExportTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).withDemo();

    private FecExport export() {
        return FecExport.of(essaim.modules().context("country-fr").orElseThrow());
    }

    private String fec(UserContext user, int year) throws Exception {
        StringWriter out = new StringWriter();
        export().write(user, year, out);
        return out.toString();
    }

    @Test
    void theDemoYearsFecPassesTheChecker() throws Exception {
        UserContext compta = essaim.demoUser("compta");
        String name = export().fileName(compta, 2026);
        assertEquals("901234567FEC20261231.txt", name);
        String text = fec(compta, 2026);

        FecReport report = FecChecker.check(new StringReader(text), name, export().fiscalYear(compta, 2026));

        assertTrue(report.valid(), report.problems().toString());
        List<ValidatedEntry> entries = essaim.service(Ledger.class).entries(compta, new EntryQuery(
                compta.cooperativeId(), null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, 0, 500));
        assertEquals(entries.stream().mapToLong(e -> e.lines().size()).sum(), report.lines());
        assertEquals(entries.size(), report.entries());
        assertEquals(report.debit(), report.credit());
        assertTrue(text.startsWith(String.join("\t", FecColumn.HEADER) + "\r\n"), text);
        assertTrue(text.matches("(?s).*\r\nSALES\tJournal des ventes\tSALES-2026-\\d{6}\t20260220\t411000\tClients\t\t"
                + "\tF-2026-0001\t20260220\tFacture F-2026-0001\t480,00\t0,00\t\t\t\\d{8}\t\t\r\n.*"), text);
    }

    @Test
    void linesFollowTheOrderOfValidationEvenWhenAnEntryIsDatedEarlier() throws Exception {
        List<String[]> rows = rows(fec(essaim.demoUser("compta"), 2026));
        // the demo pays the fabric (BANK 3, 3 April) after Jeanne's second invoice was collected (BANK 2, 7 April)
        List<String> bank = rows.stream().filter(r -> r[0].equals("BANK")).map(r -> r[2]).distinct().toList();
        assertEquals(bank.stream().sorted().toList(), bank);
        List<ValidatedEntry> byId = new ArrayList<>(essaim.service(Ledger.class).entries(essaim.demoUser("compta"),
                EntryQuery.all(essaim.demoUser("compta").cooperativeId())));
        byId.sort(java.util.Comparator.comparing(ValidatedEntry::validatedAt).thenComparingLong(ValidatedEntry::id));
        List<String> expected = byId.stream().filter(e -> e.fiscalYear() == 2026).map(ValidatedEntry::reference).toList();
        assertEquals(expected, rows.stream().map(r -> r[2]).distinct().toList());
    }

    @Test
    void aCustomerIsTheAuxiliaryAccountLetteringIsCarriedAndLabelsStayOnOneLine() throws Exception {
        UserContext compta = essaim.demoUser("compta");
        long activity = essaim.service(Activities.class).list(compta, null, null).get(0).id();
        Ledger ledger = essaim.service(Ledger.class);
        LocalDate day = LocalDate.of(2026, 11, 30);
        ledger.post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.SALES, day, "F-FEC-1", day,
                "Robe\tbleue\nlot 2", List.of(PostingLine.debit(CUSTOMERS, activity, eur(12_000)).withThirdParty("C-FEC"),
                PostingLine.credit(SERVICES_SOLD, activity, eur(10_000)),
                PostingLine.credit(VAT_COLLECTED, activity, eur(2_000))), "fec-test:sale"));
        ledger.post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.BANK, day, "R-FEC-1", day,
                "Règlement F-FEC-1", List.of(PostingLine.debit(BANK, activity, eur(12_000)),
                PostingLine.credit(CUSTOMERS, activity, eur(12_000)).withThirdParty("C-FEC")), "fec-test:payment"));
        Lettering lettering = essaim.service(Lettering.class);
        List<Long> ids = lettering.open(compta, LetteringQuery.of(CUSTOMERS).ofThirdParty("C-FEC")).postings().stream()
                .map(OpenPosting::postingId).toList();
        Letter letter = lettering.letter(compta, ids);

        List<String[]> rows = rows(fec(compta, 2026)).stream().filter(r -> r[6].equals("C-FEC")).toList();

        assertEquals(2, rows.size());
        for (String[] r : rows) {
            assertEquals("411000", r[4]);
            assertEquals("C-FEC", r[7]);
            assertEquals(letter.code(), r[13]);
            assertEquals(FecText.date(letter.letteredOn()), r[14]);
            assertEquals("", r[16]);
            assertEquals("", r[17]);
        }
        assertEquals("Robe bleue lot 2", rows.get(0)[10]);
        assertEquals("120,00", rows.get(0)[11]);
        assertEquals("0,00", rows.get(0)[12]);
        assertEquals("120,00", rows.get(1)[12]);
    }

    @Test
    void anEntrepreneurMayNotExportTheBooks() {
        UserContext jeanne = essaim.demoUser("jeanne");
        assertThrows(AccessDeniedException.class, () -> export().write(jeanne, 2026, new StringWriter()));
        assertThrows(AccessDeniedException.class, () -> export().fileName(jeanne, 2026));
    }

    /** The data lines, split into their 18 columns. */
    private static List<String[]> rows(String fec) {
        List<String> lines = Arrays.asList(fec.split("\r\n"));
        lines.forEach(l -> assertEquals(18, l.split("\t", -1).length, l));
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
