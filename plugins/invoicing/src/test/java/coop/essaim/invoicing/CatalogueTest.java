package coop.essaim.invoicing;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Catalogue;
import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.MileageLinesTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The activities' catalogues: what an item must be, archiving, and who reaches which catalogue. */
class CatalogueTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    private Catalogue catalogue() {
        return fixture.invoicing().catalogue();
    }

    static CatalogueItemDetails item(String name, String price) {
        return new CatalogueItemDetails(name, "Sur mesure", LineKind.SERVICE, "HUR", eur(price), "FR-20", "RET-1");
    }

    @Test
    void jeanneKeepsHerCatalogueAndArchivesAnItemInsteadOfDeletingIt() {
        UserContext jeanne = fixture.jeanne();
        long activity = fixture.jeanneActivity();
        CatalogueItem created = catalogue().create(jeanne, activity, new CatalogueItemDetails("  Retouche de veste ",
                " ", LineKind.SERVICE, "HUR", eur("38.00"), "FR-20", ""));
        assertEquals("Retouche de veste", created.details().name());
        assertEquals(null, created.details().description(), "a blank description is none");
        assertTrue(catalogue().list(jeanne, activity, false).contains(created));

        CatalogueItem changed = catalogue().change(jeanne, created.id(), item("Retouche de veste", "40.00"));
        assertEquals(eur("40.00"), changed.details().unitPrice());
        assertEquals("RET-1", changed.details().reference());

        CatalogueItem archived = catalogue().archive(jeanne, created.id());
        assertTrue(archived.archived());
        assertFalse(catalogue().list(jeanne, activity, false).contains(archived));
        assertTrue(catalogue().list(jeanne, activity, true).contains(archived));
        assertEquals(Set.of("item"), fields(assertThrows(ValidationException.class,
                () -> catalogue().change(jeanne, created.id(), item("Retouche de veste", "41.00")))));
        // the name is free again once the item is archived
        assertEquals("retouche de veste", catalogue().create(jeanne, activity, item("retouche de veste", "42.00"))
                .details().name());
    }

    @Test
    void aNameIsUniqueAmongTheActivitysItemsThatAreNotArchived() {
        UserContext jeanne = fixture.jeanne();
        catalogue().create(jeanne, fixture.jeanneActivity(), item("Doublure de manteau", "60.00"));
        ValidationException twice = assertThrows(ValidationException.class, () -> catalogue().create(jeanne,
                fixture.jeanneActivity(), item("DOUBLURE DE MANTEAU", "61.00")));
        assertEquals(Set.of("name"), fields(twice));
        // another activity may use the same name
        catalogue().create(fixture.accountant(), fixture.otherActivity(), item("Doublure de manteau", "60.00"));
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
        UserContext jeanne = fixture.jeanne();
        int before = catalogue().list(jeanne, fixture.jeanneActivity(), true).size();
        ValidationException e = assertThrows(ValidationException.class, () -> catalogue().create(jeanne,
                fixture.jeanneActivity(), new CatalogueItemDetails(" ", "x".repeat(1001), null, "BOX",
                        eur("-1.00"), "FR-19.6", "r".repeat(41))));
        assertEquals(Set.of("name", "description", "kind", "unitCode", "unitPrice", "vatCode", "reference"),
                fields(e));
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("vatCode") && f.message().contains("FR-19.6")),
                e.toString());
        assertEquals(Set.of("unitPrice"), fields(assertThrows(ValidationException.class, () -> catalogue()
                .create(jeanne, fixture.jeanneActivity(), new CatalogueItemDetails("Dollars", null, LineKind.GOODS,
                        "C62", coop.essaim.api.money.Money.of(100, "USD"), "FR-20", null)))));
        assertEquals(before, catalogue().list(jeanne, fixture.jeanneActivity(), true).size());
    }

    @Test
    void jeanneNeitherReadsNorChangesAnotherActivitysCatalogue() {
        UserContext jeanne = fixture.jeanne();
        CatalogueItem other = catalogue().create(fixture.accountant(), fixture.otherActivity(),
                item("Prestation d’une autre activité", "100.00"));
        assertEquals(Set.of("activity"), fields(assertThrows(ValidationException.class,
                () -> catalogue().list(jeanne, fixture.otherActivity(), false))));
        assertTrue(catalogue().find(jeanne, other.id()).isEmpty());
        assertEquals(Set.of("item"), fields(assertThrows(ValidationException.class,
                () -> catalogue().change(jeanne, other.id(), item("Reprise", "1.00")))));
        assertEquals(Set.of("item"), fields(assertThrows(ValidationException.class,
                () -> catalogue().archive(jeanne, other.id()))));
        assertEquals(Set.of("activity"), fields(assertThrows(ValidationException.class,
                () -> catalogue().create(jeanne, fixture.otherActivity(), item("Intrusion", "1.00")))));
        assertFalse(catalogue().find(fixture.accountant(), other.id()).orElseThrow().archived());

        // the adviser sees every catalogue but writes none
        UserContext adviser = fixture.adviser();
        assertTrue(catalogue().list(adviser, fixture.otherActivity(), false).contains(other));
        assertThrows(AccessDeniedException.class, () -> catalogue().archive(adviser, other.id()));
    }

    @Test
    void theDemoGivesEveryOpenActivityACatalogueAndJeanneHerTailoring() {
        List<String> jeanne = catalogue().list(fixture.jeanne(), fixture.jeanneActivity(), false).stream()
                .map(i -> i.details().name()).toList();
        assertTrue(jeanne.containsAll(List.of("Ourlet de pantalon", "Robe sur mesure")), jeanne.toString());
        int others = catalogue().list(fixture.adviser(), fixture.otherActivity(), false).size();
        assertTrue(others >= 3, "items of another demo activity: " + others);
        CatalogueItem dress = catalogue().list(fixture.jeanne(), fixture.jeanneActivity(), false).stream()
                .filter(i -> i.details().name().equals("Robe sur mesure")).findFirst().orElseThrow();
        assertEquals(LineKind.GOODS, dress.details().kind());
        assertEquals(eur("450.00"), dress.details().unitPrice());
    }
}
