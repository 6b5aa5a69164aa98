package coop.essaim.kernel.people;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.LedgerTestCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two halves of the core wired as the kernel wires them: the ledger asks the people core which activities
 * are an entrepreneur's, so Jeanne reads her tailoring activity's postings and nobody else's.
 */
class EntrepreneurLedgerAccessTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Test
    void anEntrepreneurReadsThePostingsOfTheActivitiesThePeopleCoreSaysAreTheirs() {
        p.f.registry.add("country-fr-test", ChartOfAccounts.class, LedgerTestCharts.FRENCH);
        UserContext jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        long paul = p.create("Paul", "Girard").id();
        Activity couture = p.activities.create(p.admin, new ActivityDetails("Couture Jeanne", "Fil d'Or", "couture",
                MARCH, "COUTURE", List.of(p.personOf(jeanne))));
        Activity menuiserie = p.activities.create(p.admin, new ActivityDetails("Menuiserie Paul", null, "bois",
                MARCH, "BOIS", List.of(paul)));
        Ledger ledger = p.f.core.ledger();
        long coop = p.admin.cooperativeId();
        ValidatedEntry hers = ledger.post(p.admin, sale(coop, "F-1", couture.id(), 120000));
        ValidatedEntry his = ledger.post(p.admin, sale(coop, "F-2", menuiserie.id(), 50000));

        UserContext asJeanne = p.f.core.users().contextOf(jeanne.userId());
        assertEquals(List.of(hers.id()), ledger.entries(asJeanne, EntryQuery.all(coop)).stream()
                .map(ValidatedEntry::id).toList());
        assertTrue(ledger.entry(asJeanne, his.id()).isEmpty());
        List<Balance> balances = ledger.balances(asJeanne, new BalanceQuery(coop, null, null,
                BalanceQuery.Grouping.ACTIVITY, null));
        assertEquals(List.of(couture.id()), balances.stream().map(Balance::activityId).toList());
        assertEquals(2, ledger.entries(p.admin, EntryQuery.all(coop)).size(), "the administrator reads both");
    }

    private static EntryDraft sale(long coop, String piece, long activity, long cents) {
        Money amount = Money.of(cents, "EUR");
        return new EntryDraft(coop, JournalCode.SALES, MARCH, piece, MARCH, "Facture " + piece,
                List.of(PostingLine.debit("411000", activity, amount), PostingLine.credit("706000", activity, amount)),
                piece);
    }
}
