package coop.essaim.invoicing;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.BankStatements;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cooperative's bank statements: imported once, each credit matched to the invoice it pays. */
class BankStatementsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    @Test
    void aCamt053StatementIsImportedOnceAndItsCreditsMatchTheirInvoices() {
        UserContext compta = fixture.accountant();
        BankStatements bank = fixture.invoicing().bank();
        Customer lumiere = fixture.customer(compta, fixture.jeanneActivity(), "Atelier Lumière");
        Customer passages = fixture.customer(compta, fixture.otherActivity(), "Librairie Passages Banque");
        Invoice quoted = validated(compta, fixture.jeanneActivity(), lumiere, "312.47");
        Invoice byName = validated(compta, fixture.otherActivity(), passages, "271.13");
        String today = LocalDate.now().toString();
        byte[] camt = camt(
                entry("374.96", "CRDT", today, "VIR SEPA FACTURE " + quoted.number(), "ATELIER LUMIERE SARL", "R1"),
                entry("325.36", "CRDT", today, "PAIEMENT FOURNISSEUR", "Librairie Passages Banque", "R2"),
                entry("50.00", "DBIT", today, "FRAIS BANCAIRES", null, "R3"));

        BankStatements.ImportResult first = bank.importStatement(compta, "releve.xml", camt);
        assertEquals(new BankStatements.ImportResult(3, 0), first);
        assertEquals(new BankStatements.ImportResult(0, 3), bank.importStatement(compta, "releve.xml", camt));

        List<BankLine> open = bank.unmatched(compta).stream().filter(l -> l.bookedOn().equals(LocalDate.now()))
                .toList();
        assertEquals(2, open.size(), "the debit is not offered for matching");
        BankLine quoting = open.stream().filter(l -> l.label().contains(quoted.number())).findFirst().orElseThrow();
        var best = bank.suggestions(compta, quoting.id()).get(0);
        assertEquals(quoted.id(), best.invoice().id());
        assertEquals(10, best.score(), "number, amount and name: " + best.reasons());
        BankLine naming = open.stream().filter(l -> l.label().startsWith("PAIEMENT")).findFirst().orElseThrow();
        assertEquals(byName.id(), bank.suggestions(compta, naming.id()).get(0).invoice().id());

        BankLine matched = bank.confirm(compta, quoting.id(), quoted.id());
        assertTrue(matched.matched());
        assertTrue(fixture.invoicing().invoices().find(compta, quoted.id()).orElseThrow().outstanding().isZero());
        assertEquals(1, fixture.invoicing().payments().of(compta, quoted.id()).size());
        assertThrows(ValidationException.class, () -> bank.confirm(compta, quoting.id(), byName.id()));
        assertThrows(AccessDeniedException.class, () -> bank.unmatched(fixture.jeanne()));
    }

    @Test
    void aCsvExportIsReadAndABadLineRefusesTheWholeFile() {
        UserContext compta = fixture.accountant();
        BankStatements bank = fixture.invoicing().bank();
        String day = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String good = "Date;Libellé;Débit;Crédit\n" + day + ";VIR CLIENT CSV UN;;1 200,50\n"
                + day + ";PRLV ASSURANCE;-45,00;\n";
        assertEquals(new BankStatements.ImportResult(2, 0),
                bank.importStatement(compta, "export.csv", good.getBytes(StandardCharsets.UTF_8)));

        String bad = "Date;Libellé;Montant\n" + day + ";VIR CLIENT CSV DEUX;80,00\n" + "hier;VIR CLIENT CSV TROIS;9\n";
        ValidationException refused = assertThrows(ValidationException.class,
                () -> bank.importStatement(compta, "export.csv", bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", refused.errors().get(0).field());
        assertTrue(refused.getMessage().contains("3"), refused.getMessage());
        assertTrue(bank.unmatched(compta).stream().noneMatch(l -> l.label().contains("CSV DEUX")));
        assertEquals("file", assertThrows(ValidationException.class, () -> bank.importStatement(compta, "x.xml",
                "<Document><broken>".getBytes(StandardCharsets.UTF_8))).errors().get(0).field());
    }

    @Test
    void aBelgianBanksDutchExportIsRead() {
        UserContext compta = fixture.accountant();
        BankStatements bank = fixture.invoicing().bank();
        LocalDate today = LocalDate.now();
        String day = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String kbc = "Rekeningnummer;Boekingsdatum;Valutadatum;Omschrijving;Bedrag;Munt\n"
                + "BE68539007547034;" + day + ";01/01/2000;STORTING KLANT NL EEN;1250,75;EUR\n"
                + "BE68539007547034;" + day + ";01/01/2000;DOMICILIERING VERZEKERING NL;-45,00;EUR\n";
        String fortis = "Uitvoeringsdatum;Debet;Credit;Mededeling\n" + day + ";;300,00;STORTING KLANT NL TWEE\n";
        assertEquals(new BankStatements.ImportResult(2, 0),
                bank.importStatement(compta, "kbc.csv", kbc.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new BankStatements.ImportResult(1, 0),
                bank.importStatement(compta, "fortis.csv", fortis.getBytes(StandardCharsets.UTF_8)));
        BankLine een = bank.unmatched(compta).stream().filter(l -> l.label().equals("STORTING KLANT NL EEN"))
                .findFirst().orElseThrow();
        assertEquals(today, een.bookedOn(), "the booking date, not the value date");
        assertEquals("1250.75", een.amount().toPlainString());
        BankLine twee = bank.unmatched(compta).stream().filter(l -> l.label().equals("STORTING KLANT NL TWEE"))
                .findFirst().orElseThrow();
        assertEquals("300.00", twee.amount().toPlainString());
    }

    private Invoice validated(UserContext compta, long activity, Customer customer, String price) {
        return fixture.invoicing().invoices().validate(compta, fixture.invoicing().invoices().createDraft(compta,
                activity, draft(customer.id(), service("Travaux", "1", price))).id());
    }

    private static String entry(String amount, String sign, String day, String text, String party, String ref) {
        String role = "CRDT".equals(sign) ? "Dbtr" : "Cdtr";
        return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + sign + "</CdtDbtInd><Sts>BOOK</Sts>"
                + "<BookgDt><Dt>" + day + "</Dt></BookgDt><AcctSvcrRef>" + ref + "</AcctSvcrRef><NtryDtls><TxDtls>"
                + (party == null ? "" : "<RltdPties><" + role + "><Nm>" + party + "</Nm></" + role + "></RltdPties>")
                + "<RmtInf><Ustrd>" + text + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    private static byte[] camt(String... entries) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-12-01T08:00:00</CreDtTm></GrpHdr><Stmt><Id>S1</Id>"
                + "<Acct><Id><IBAN>FR7630001007941234567890185</IBAN></Id></Acct>" + String.join("", entries)
                + "</Stmt></BkToCstmrStmt></Document>").getBytes(StandardCharsets.UTF_8);
    }
}
