package coop.essaim.invoicing;

import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invoices on the real core and ledger, in the demo cooperative, with the French rules. */
class InvoicesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private final Invoicing invoicing = fixture.invoicing();

    @Test
    void aValidatedInvoiceHasItsNumberAndPostsItsSalesEntryOnTheActivity() {
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(compta, activity, "Atelier Lumière");
        LineDraft fabric = new LineDraft("Tissu lin, au mètre", LineKind.GOODS, new BigDecimal("2.5"), "MTR",
                eur("18.00"), BigDecimal.ZERO, "FR-20");
        Invoice draft = invoicing.invoices().createDraft(compta, activity,
                draft(customer.id(), service("Retouches, robe de mariée", "1.5", "400.00"), fabric));
        assertEquals(InvoiceStatus.DRAFT, draft.status());
        assertEquals(eur("645.00"), draft.totalExclVat());

        Invoice valid = invoicing.invoices().validate(compta, draft.id());

        assertEquals(InvoiceStatus.VALIDATED, valid.status());
        assertTrue(valid.number().matches(LocalDate.now().getYear() + "-\\d{5}"), valid.number());
        assertEquals("Atelier Lumière", valid.buyerName());
        assertEquals(eur("129.00"), valid.totalVat());
        assertEquals(eur("774.00"), valid.totalInclVat());
        ValidatedEntry entry = essaim.service(Ledger.class).entry(compta, valid.ledgerEntryId()).orElseThrow();
        assertEquals(JournalCode.SALES, entry.journal());
        assertEquals(valid.number(), entry.pieceReference());
        Map<String, Long> signed = signedByAccount(entry.lines());
        assertEquals(Map.of("411000", 77_400L, "706000", -60_000L, "707000", -4_500L, "445710", -12_900L), signed);
        assertTrue(entry.lines().stream().allMatch(l -> l.activityId() == activity));
        assertEquals(valid.number(), entry.lines().get(0).lettering());
        assertEquals(customer.ledgerReference(), entry.lines().get(0).thirdParty());
    }

    @Test
    void numbersFollowTheOrderOfValidationWithoutGapWhenManyAreValidatedAtOnce() throws Exception {
        UserContext compta = fixture.accountant();
        long activity = fixture.otherActivity();
        Customer customer = fixture.customer(compta, activity, "Mairie de Villeurbanne");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            drafts.add(invoicing.invoices().createDraft(compta, activity,
                    draft(customer.id(), service("Atelier " + i, "1", "250.00"))).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Invoice>> results = new ArrayList<>();
            for (long id : drafts) {
                results.add(pool.submit(() -> invoicing.invoices().validate(compta, id)));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Invoice> f : results) {
                numbers.add(Integer.parseInt(f.get().number().substring(5)));
            }
            numbers.sort(null);
            for (int i = 1; i < numbers.size(); i++) {
                assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "numbers " + numbers);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aValidatedInvoiceIsNeverEditedNorDeleted() {
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(compta, activity, "Boutique Fil");
        Invoice valid = invoicing.invoices().validate(compta, invoicing.invoices().createDraft(compta, activity,
                draft(customer.id(), service("Ourlets", "1", "80.00"))).id());

        ValidationException edit = assertThrows(ValidationException.class, () -> invoicing.invoices()
                .changeDraft(compta, valid.id(), draft(customer.id(), service("Ourlets", "1", "8.00"))));
        assertEquals("status", edit.errors().get(0).field());
        assertThrows(ValidationException.class, () -> invoicing.invoices().deleteDraft(compta, valid.id()));
        assertThrows(ValidationException.class, () -> invoicing.invoices().validate(compta, valid.id()));
        assertEquals(eur("96.00"), invoicing.invoices().find(compta, valid.id()).orElseThrow().totalInclVat());
    }

    @Test
    void aCreditNoteCorrectsPartOfAnInvoiceAndLettersAgainstIt() {
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(compta, activity, "Théâtre des Célestins");
        Invoice invoice = invoicing.invoices().validate(compta, invoicing.invoices().createDraft(compta, activity,
                draft(customer.id(), service("Costumes", "3", "400.00"))).id());

        Invoice credit = invoicing.invoices().draftCreditNote(compta, invoice.id());
        assertEquals(InvoiceKind.CREDIT_NOTE, credit.kind());
        assertEquals(invoice.totalInclVat(), credit.totalInclVat());
        credit = invoicing.invoices().changeDraft(compta, credit.id(), draft(customer.id(),
                service("Costumes : une journée non réalisée", "1", "400.00")));
        credit = invoicing.invoices().validate(compta, credit.id());

        assertEquals(eur("480.00"), credit.totalInclVat());
        Invoice corrected = invoicing.invoices().find(compta, invoice.id()).orElseThrow();
        assertEquals(eur("960.00"), corrected.outstanding());
        ValidatedEntry entry = essaim.service(Ledger.class).entry(compta, credit.ledgerEntryId()).orElseThrow();
        assertEquals(Map.of("411000", -48_000L, "706000", 40_000L, "445710", 8_000L), signedByAccount(entry.lines()));
        assertEquals(invoice.number(), entry.lines().get(0).lettering());

        Invoice tooMuch = invoicing.invoices().changeDraft(compta,
                invoicing.invoices().draftCreditNote(compta, invoice.id()).id(),
                draft(customer.id(), service("Costumes", "3", "400.00")));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> invoicing.invoices().validate(compta, tooMuch.id()));
        assertEquals("lines", refused.errors().get(0).field());
        assertEquals(eur("960.00"), invoicing.invoices().find(compta, invoice.id()).orElseThrow().outstanding());
    }

    @Test
    void partialPaymentsSettleTheInvoiceAndLetterTheCustomerAccount() {
        UserContext compta = fixture.accountant();
        long activity = fixture.otherActivity();
        Customer customer = fixture.customer(compta, activity, "Librairie Passages");
        Invoice invoice = invoicing.invoices().validate(compta, invoicing.invoices().createDraft(compta, activity,
                draft(customer.id(), service("Catalogue", "2", "500.00"))).id());
        var treasuryBefore = essaim.service(ActivityAccounts.class).account(compta, activity,
                LocalDate.now().withDayOfYear(1), LocalDate.now()).treasury();

        invoicing.payments().record(compta, invoice.id(), LocalDate.now(), eur("500.00"), PaymentMethod.CHEQUE,
                "Chèque 0012");
        ValidationException over = assertThrows(ValidationException.class, () -> invoicing.payments()
                .record(compta, invoice.id(), LocalDate.now(), eur("700.01"), PaymentMethod.TRANSFER, null));
        assertEquals("amount", over.errors().get(0).field());
        invoicing.payments().record(compta, invoice.id(), LocalDate.now(), eur("700.00"), PaymentMethod.TRANSFER,
                "VIR LIBRAIRIE");

        Invoice paid = invoicing.invoices().find(compta, invoice.id()).orElseThrow();
        assertTrue(paid.outstanding().isZero());
        assertEquals(2, invoicing.payments().of(compta, invoice.id()).size());
        long lettered = essaim.service(Ledger.class).entries(compta, new EntryQuery(compta.cooperativeId(),
                        null, null, null, activity, "411000", 0, 500)).stream()
                .flatMap(e -> e.lines().stream())
                .filter(l -> l.accountCode().equals("411000") && invoice.number().equals(l.lettering()))
                .mapToLong(l -> l.side() == Side.DEBIT ? l.amount().minorUnits() : -l.amount().minorUnits()).sum();
        assertEquals(0, lettered);
        var treasuryAfter = essaim.service(ActivityAccounts.class).account(compta, activity,
                LocalDate.now().withDayOfYear(1), LocalDate.now()).treasury();
        assertEquals(eur("1200.00"), treasuryAfter.minus(treasuryBefore));
    }

    @Test
    void badLinesAreAllNamedAndNothingIsStored() {
        UserContext compta = fixture.accountant();
        long activity = fixture.jeanneActivity();
        Customer customer = fixture.customer(compta, activity, "Client Pressé");
        LineDraft bad = new LineDraft(" ", LineKind.SERVICE, new BigDecimal("-1"), "hours", eur("10.00"),
                new BigDecimal("120"), "FR-33");
        long before = invoicing.invoices().list(compta, new InvoiceQuery(activity, null,
                null, 0, 500)).total();
        ValidationException refused = assertThrows(ValidationException.class, () -> invoicing.invoices()
                .createDraft(compta, activity, draft(customer.id(), service("Correct", "1", "10.00"), bad)));
        assertEquals(List.of("lines[1].description", "lines[1].quantity", "lines[1].unitCode",
                        "lines[1].discountPercent", "lines[1].vatCode"),
                refused.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals(before, invoicing.invoices().list(compta, new InvoiceQuery(activity,
                null, null, 0, 500)).total());
    }

    @Test
    void anEntrepreneurInvoicesForTheirOwnActivityOnlyAndValidatesUpToTheCeiling() {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        long own = fixture.jeanneActivity();
        long other = fixture.otherActivity();
        Customer mine = fixture.customer(jeanne, own, "Mme Garnier");
        Customer theirs = fixture.customer(compta, other, "Société Tierce");
        Invoice theirInvoice = invoicing.invoices().createDraft(compta, other,
                draft(theirs.id(), service("Étude", "1", "100.00")));

        assertTrue(invoicing.invoices().find(jeanne, theirInvoice.id()).isEmpty());
        assertTrue(invoicing.customers().find(jeanne, theirs.id()).isEmpty());
        assertThrows(ValidationException.class, () -> invoicing.invoices().createDraft(jeanne, other,
                draft(theirs.id(), service("Étude", "1", "100.00"))));
        assertThrows(ValidationException.class, () -> invoicing.invoices().createDraft(jeanne, own,
                draft(theirs.id(), service("Étude", "1", "100.00"))));
        assertThrows(ValidationException.class, () -> invoicing.invoices().validate(jeanne, theirInvoice.id()));
        assertTrue(invoicing.invoices().list(jeanne, InvoiceQuery.all()).items().stream()
                .allMatch(i -> i.activityId() == own));

        Invoice small = invoicing.invoices().validate(jeanne, invoicing.invoices().createDraft(jeanne, own,
                draft(mine.id(), service("Retouche", "1", "60.00"))).id());
        assertEquals(InvoiceStatus.VALIDATED, small.status());
        assertNotNull(small.number());
        Invoice large = invoicing.invoices().validate(jeanne, invoicing.invoices().createDraft(jeanne, own,
                draft(mine.id(), service("Collection complète", "20", "400.00"))).id());
        assertEquals(InvoiceStatus.SUBMITTED, large.status());
        assertThrows(ValidationException.class, () -> invoicing.invoices().changeDraft(jeanne, large.id(),
                draft(mine.id(), service("Moins", "1", "1.00"))));
        assertEquals(InvoiceStatus.VALIDATED, invoicing.invoices().validate(compta, large.id()).status());
        assertThrows(AccessDeniedException.class, () -> invoicing.payments().record(jeanne, small.id(),
                LocalDate.now(), eur("72.00"), PaymentMethod.CASH, null));
    }

    private static Map<String, Long> signedByAccount(List<PostingLine> lines) {
        return lines.stream().collect(Collectors.groupingBy(PostingLine::accountCode, Collectors.summingLong(
                l -> l.side() == Side.DEBIT ? l.amount().minorUnits() : -l.amount().minorUnits())));
    }
}
