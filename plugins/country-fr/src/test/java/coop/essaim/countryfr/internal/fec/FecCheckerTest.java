package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.money.Money;
import coop.essaim.countryfr.internal.fec.FecProblem.Code;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker on files written by hand, each violation of article A47 A-1 LPF named with its line and column. */
class FecCheckerTest {

    private static final FiscalYear Y2026 = new FiscalYear(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static FecReport check(String text, String name, FiscalYear year) throws IOException {
        return FecChecker.check(new StringReader(text), name, year);
    }

    @Test
    void aBrokenFileFailsWithEachProblemOnItsLine() throws IOException {
        String text = new FecLines()
                .line("VT", "VT-1", "20260220", "411000", "Clients", "480,00", "0,00")          // 2
                .line("VT", "VT-1", "20260220", "706000", "Prestations", "0,00", "400,00")     // 3
                .line("VT", "VT-1", "20260220", "445710", "TVA collectée", "0,00", "80,00")    // 4
                .line("VT", "VT-2", "20260320", "411000", "Clients", "480,00", "0,00")         // 5 unbalanced
                .line("VT", "VT-2", "20260320", "706000", "Prestations", "0,00", "400,00")     // 6
                .line("VT", "VT-4", "20260420", "411000", "Clients", "100,00", "0,00")         // 7 gap
                .line("VT", "VT-4", "20260420", "706000", "Prestations", "0,00", "100,00")     // 8
                .line("BQ", "BQ-1", "20270115", "512000", "Banque", "480,00", "0,00")          // 9 outside
                .line("BQ", "BQ-1", "20260115", "411000", "Clients", "0,00", "480.00")         // 10 bad amount
                .line("OD", "OD-1", "20260601", "625100", "", "10,00", "0,00")                 // 11 no CompteLib
                .line("OD", "OD-1", "20260601", "512000", "Banque", "0,00", "10,00")           // 12
                .raw("OD", "OD label", "OD-1", "20260601", "512000")                           // 13 five columns
                .text();

        FecReport report = check(text, "901234567FEC20261231.txt", Y2026);

        assertFalse(report.valid());
        List<String> found = report.problems().stream()
                .map(p -> p.code() + "@" + p.line() + ":" + p.column() + " " + p.english()).toList();
        assertEquals(List.of(
                "UNBALANCED_ENTRY@5:EcritureNum Entry VT-2 of journal VT is not balanced: debit 480,00, credit 400,00.",
                "NUMBER_GAP@7:EcritureNum Journal VT: entry number 4 where 3 is expected, numbers are missing.",
                "OUTSIDE_FISCAL_YEAR@9:EcritureDate EcritureDate 2027-01-15 is outside the fiscal year from 2026-01-01"
                        + " to 2026-12-31.",
                "BAD_AMOUNT@10:Credit Credit: \"480.00\" is not an amount written with a decimal comma and no thousands"
                        + " separator (1200,50).",
                "MISSING_FIELD@11:CompteLib CompteLib is empty, and it is mandatory.",
                "COLUMN_COUNT@13:null The line has 5 columns, a FEC line has 18."), found);
        assertEquals("L’écriture VT-2 du journal VT n’est pas équilibrée : débit 480,00, crédit 400,00.",
                report.problems().get(0).french());
        assertEquals("fec.check.unbalanced", report.problems().get(0).messageKey());
        assertEquals(List.of("VT-2", "VT", "480,00", "400,00"), report.problems().get(0).arguments());
        assertEquals(12, report.lines());
        assertEquals(5, report.entries());
        assertEquals(Money.of(155_000, "EUR"), report.debit());
        assertEquals(Money.of(99_000, "EUR"), report.credit());
    }

    @Test
    void aWellFormedFilePassesWithItsTotalsAndTheYearOfItsName() throws IOException {
        String text = new FecLines()
                .line("VT", "VT-2026-000001", "20260220", "411000", "Clients", "1200,50", "0,00")
                .line("VT", "VT-2026-000001", "20260220", "706000", "Prestations", "0,00", "1200,50")
                .line("BQ", "BQ-2026-000001", "20260301", "512000", "Banque", "1200,5", "0,00")
                .line("BQ", "BQ-2026-000001", "20260301", "411000", "Clients", "0,00", "1200,50")
                .text();

        FecReport report = check("\ufeff" + text, "901234567FEC20261231.txt", null);

        assertTrue(report.valid(), report.problems().toString());
        assertEquals(4, report.lines());
        assertEquals(2, report.entries());
        assertEquals(Money.of(240_100, "EUR"), report.debit());
        assertEquals(report.debit(), report.credit());
        // the name's closing date gives the year: a date of 2027 is outside it
        String late = text.replace("20260301\t512000", "20270301\t512000");
        assertEquals(List.of(Code.OUTSIDE_FISCAL_YEAR), codes(check(late, "901234567FEC20261231.txt", null)));
    }

    @Test
    void pipesSeparateColumnsWhenTheHeaderUsesThem() throws IOException {
        String text = new FecLines()
                .line("VT", "1", "20260220", "411000", "Clients", "10,00", "0,00")
                .line("VT", "1", "20260220", "706000", "Prestations", "0,00", "10,00")
                .text().replace('\t', '|');
        assertTrue(check(text, null, Y2026).valid());
    }

    @Test
    void theFileNameMustBeSirenFecClosingDate() throws IOException {
        String text = new FecLines().text();
        FecReport bad = check(text, "FEC2026.txt", Y2026);
        assertEquals(List.of(Code.FILE_NAME), codes(bad));
        assertEquals(0, bad.problems().get(0).line());
        assertEquals("Le nom de fichier « FEC2026.txt » ne suit pas SIRENFECaaaammjj (le SIREN à 9 chiffres, FEC, la"
                + " date de clôture).", bad.problems().get(0).french());
        FecReport otherYear = check(text, "901234567FEC20251231.txt", Y2026);
        assertEquals("The file name gives the closing date 2025-12-31, but the fiscal year closes on 2026-12-31.",
                otherYear.problems().get(0).english());
        assertTrue(check(text, "901234567FEC20261231.txt", Y2026).valid());
        assertTrue(check(text, "901234567FEC20261231", Y2026).valid());
        assertEquals(List.of(Code.FILE_NAME), codes(check(text, "901234567FEC20260231.txt", Y2026)));
    }

    @Test
    void eachLineRuleNamesItsColumn() throws IOException {
        String text = new FecLines()
                .line("VT", "VT-2", "20260220", "411000", "Clients", "10,00", "10,00")       // 2 both
                .line("VT", "VT-2", "2026-02-20", "706000", "Prestations", "0,00", "0,00")  // 3 bad date, none
                .line("VT", "VT-1", "20260221", "411000", "Clients", "1 000,00", "0,00")    // 4 order, amount
                .line("VT", "VT-1", "20260221", "706000", "Prestations", "0,00", "1000,00")
                .line("OD", "DIVERS", "20260221", "471000", "Attente", "5,00", "0,00")       // 6 no number
                .line("OD", "DIVERS", "20260221", "471000", "Attente", "0,00", "5,00")
                .text();
        List<String> found = check(text, null, Y2026).problems().stream()
                .map(p -> p.code() + "@" + p.line() + ":" + p.column()).toList();
        assertEquals(List.of("DEBIT_AND_CREDIT@2:Debit", "BAD_DATE@3:EcritureDate", "BAD_DATE@3:PieceDate",
                "BAD_DATE@3:ValidDate", "NO_AMOUNT@3:Debit", "BAD_AMOUNT@4:Debit", "NUMBER_OUT_OF_ORDER@4:EcritureNum",
                "BAD_NUMBER@6:EcritureNum"), found);
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsNamed() throws IOException {
        String header = String.join("\t", FecColumn.HEADER).replace("CompteLib", "LibelleCompte");
        FecReport wrong = check(header + "\n", null, null);
        assertEquals("HEADER@1:CompteLib", wrong.problems().get(0).code() + "@" + wrong.problems().get(0).line() + ":"
                + wrong.problems().get(0).column());
        assertEquals("The header line must list the 18 FEC columns in order: column 6 is \"LibelleCompte\","
                + " \"CompteLib\" is expected.", wrong.problems().get(0).english());
        assertEquals(List.of(Code.EMPTY_FILE), codes(check("", null, null)));
    }

    @Test
    void theReportListsAThousandProblemsAndCountsTheRest() throws IOException {
        FecLines lines = new FecLines();
        for (int i = 0; i < 1500; i++) {
            lines.raw("short");
        }
        FecReport report = check(lines.text(), null, null);
        assertEquals(FecChecker.MAX_PROBLEMS, report.problems().size());
        assertEquals(500, report.moreProblems());
        assertEquals(1500, report.lines());
    }

    @Test
    void aMillionLinesStreamThroughFromAReaderThatNeverHoldsTheFile() throws IOException {
        String header = String.join("\t", FecColumn.HEADER) + "\n";
        Reader generated = new Reader() {
            private long line;
            private String pending = header;
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at == pending.length()) {
                    if (line == 1_000_000) {
                        return -1;
                    }
                    long entry = line / 2 + 1;
                    pending = "VT\tVentes\tVT-" + entry + "\t20260315\t" + (line % 2 == 0 ? "411000\tClients" : "706000\tVentes")
                            + "\t\t\tF" + entry + "\t20260315\tFacture\t" + (line % 2 == 0 ? "12,34\t0,00" : "0,00\t12,34")
                            + "\t\t\t20260316\t\t\n";
                    at = 0;
                    line++;
                }
                int n = Math.min(length, pending.length() - at);
                pending.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        FecReport report = FecChecker.check(generated, "901234567FEC20261231.txt", null);
        assertTrue(report.valid(), report.problems().toString());
        assertEquals(1_000_000, report.lines());
        assertEquals(500_000, report.entries());
        assertEquals(Money.of(617_000_000, "EUR"), report.debit());
    }

    private static List<Code> codes(FecReport report) {
        return report.problems().stream().map(FecProblem::code).toList();
    }
}
