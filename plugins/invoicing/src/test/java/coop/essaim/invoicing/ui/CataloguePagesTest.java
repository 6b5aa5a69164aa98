package coop.essaim.invoicing.ui;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue page, the chooser that fills an invoice line from it, and the mileage form of an expense note. */
class CataloguePagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit().withWeb();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    private List<CatalogueItem> jeannes() {
        return fixture.invoicing().catalogue().list(fixture.jeanne(), fixture.jeanneActivity(), false);
    }

    private int rowOf(String name) {
        List<CatalogueItem> items = jeannes();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).details().name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in " + items);
    }

    @Test
    void jeanneAddsChangesArchivesAndExportsHerCatalogue() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(CataloguePage.class, new PageParameters().set("activity", fixture.jeanneActivity()));
        tester.assertRenderedPage(CataloguePage.class);
        tester.assertContains("Robe sur mesure");
        FormTester add = tester.newFormTester("itemForm");
        add.setValue("name", "Retouche de manteau");
        add.setValue("price", "55,50");
        add.setValue("reference", "=HYPERLINK(1)");
        add.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Retouche de manteau");
        assertEquals(eur("55.50"), jeannes().get(rowOf("Retouche de manteau")).details().unitPrice());

        tester.clickLink("items:" + rowOf("Retouche de manteau") + ":edit");
        FormTester edit = tester.newFormTester("itemForm");
        assertEquals("Retouche de manteau", edit.getTextComponentValue("name"));
        edit.setValue("price", "58");
        edit.submit();
        tester.assertNoErrorMessage();
        assertEquals(eur("58.00"), jeannes().get(rowOf("Retouche de manteau")).details().unitPrice());

        tester.clickLink("csv");
        String csv = tester.getLastResponseAsString();
        assertTrue(csv.contains("Retouche de manteau;'=HYPERLINK(1);SERVICE;C62;58.00;EUR;FR-20"), csv);
        assertTrue(csv.contains("Robe sur mesure"), csv);

        tester.startPage(CataloguePage.class, new PageParameters().set("activity", fixture.jeanneActivity()));
        tester.clickLink("items:" + rowOf("Retouche de manteau") + ":archive");
        assertTrue(jeannes().stream().noneMatch(i -> i.details().name().equals("Retouche de manteau")));
        tester.assertContainsNot("Retouche de manteau");
    }

    @Test
    void aRefusedItemIsNamedOnTheFormAndNothingIsStored() {
        int before = jeannes().size();
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(CataloguePage.class, new PageParameters().set("activity", fixture.jeanneActivity()));
        FormTester add = tester.newFormTester("itemForm");
        add.setValue("name", "Ourlet de pantalon");
        add.setValue("price", "12");
        add.submit();
        assertTrue(tester.getFeedbackMessages(null).stream().anyMatch(m -> m.getMessage().toString()
                .startsWith("Nom")), tester.getFeedbackMessages(null).toString());
        assertEquals(before, jeannes().size());
    }

    @Test
    void jeanneCannotOpenAnotherActivitysCatalogueButTheAdviserReadsIt() {
        fixture.invoicing().catalogue().create(fixture.accountant(), fixture.otherActivity(),
                new CatalogueItemDetails("Audit confidentiel", null, LineKind.SERVICE, "DAY", eur("900.00"), "FR-20",
                        null));
        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(CataloguePage.class, new PageParameters().set("activity", fixture.otherActivity()));
        assertFalse(jeanne.getLastRenderedPage() instanceof CataloguePage);
        jeanne.assertContainsNot("Audit confidentiel");

        EssaimWicketTester adviser = essaim.wicketTester().logInDemo("conseil");
        adviser.startPage(CataloguePage.class, new PageParameters().set("activity", fixture.otherActivity()));
        adviser.assertRenderedPage(CataloguePage.class);
        adviser.assertContains("Audit confidentiel");
        adviser.assertInvisible("itemForm");
    }

    @Test
    void theChooserFillsANewLineThatJeanneChangesBeforeAddingIt() {
        UserContext jeanne = fixture.jeanne();
        long customer = fixture.customer(jeanne, fixture.jeanneActivity(), "Compagnie Catalogue").id();
        Invoice invoice = fixture.invoicing().invoices().createDraft(jeanne, fixture.jeanneActivity(),
                draft(customer, service("Essayage", "1", "30.00")));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(InvoicePage.class, new PageParameters().set("id", invoice.id()));
        FormTester choose = tester.newFormTester("editor:fromCatalogue");
        choose.select("item", rowOf("Robe sur mesure"));
        choose.submit();
        tester.assertNoErrorMessage();
        FormTester line = tester.newFormTester("editor:addLine");
        assertEquals("Robe sur mesure", line.getTextComponentValue("description"));
        assertEquals("450.00", line.getTextComponentValue("price"));
        line.setValue("quantity", "2");
        line.submit();
        tester.assertNoErrorMessage();
        InvoiceLine added = fixture.invoicing().invoices().find(jeanne, invoice.id()).orElseThrow().lines().get(1);
        assertEquals("Robe sur mesure", added.description());
        assertEquals(LineKind.GOODS, added.kind());
        assertEquals(eur("900.00"), added.net());
    }

    @Test
    void aTripIsAddedToAnExpenseNoteAtTheScale() {
        ExpenseNote note = fixture.invoicing().expenses().create(fixture.jeanne(), fixture.jeanneActivity(),
                "Livraisons en scooter");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(ExpensesPage.class, new PageParameters().set("activity", fixture.jeanneActivity())
                .set("note", note.id()));
        FormTester trip = tester.newFormTester("note:addMileage");
        trip.setValue("travelledOn", LocalDate.now().toString());
        trip.setValue("from", "Lyon");
        trip.setValue("to", "Vienne");
        trip.setValue("purpose", "Livraison d’une robe");
        trip.setValue("distance", "100");
        trip.select("vehicle", fixture.invoicing().expenses().vehicles(fixture.jeanne(), LocalDate.now()).stream()
                .map(v -> v.code()).toList().indexOf("MOPED"));
        trip.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Lyon → Vienne, 100 km");
        // 100 × 0.315
        assertEquals(eur("31.50"), fixture.invoicing().expenses().find(fixture.jeanne(), note.id()).orElseThrow()
                .total());

        FormTester bad = tester.newFormTester("note:addMileage");
        bad.setValue("distance", "douze");
        bad.submit();
        assertEquals(1, fixture.invoicing().expenses().find(fixture.jeanne(), note.id()).orElseThrow().lines().size());
        assertFalse(tester.getFeedbackMessages(null).isEmpty());
    }
}
