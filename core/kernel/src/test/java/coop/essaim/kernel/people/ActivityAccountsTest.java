package coop.essaim.kernel.people;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.SmoothingPlan;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.LedgerTestCharts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static coop.essaim.kernel.people.PeopleFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The activity's account from the real ledger, on the domain guide's example: Jeanne invoices 1,200 € excl.
 * VAT over three months and spends 280 €; 800 € are available; two of her three invoices are paid.
 */
class ActivityAccountsTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate NOV = LocalDate.of(2025, 11, 14);
    static final LocalDate DEC = LocalDate.of(2025, 12, 12);
    static final LocalDate JAN = LocalDate.of(2026, 1, 16);

    ActivityAccounts accounts;
    Ledger ledger;
    UserContext jeanne;
    Activity couture;
    Activity bois;
    long coop;

    @BeforeEach
    void jeannesFirstThreeMonths() {
        p.f.registry.add("country-fr-test", ChartOfAccounts.class, LedgerTestCharts.FRENCH);
        accounts = p.f.core.activityAccounts();
        ledger = p.f.core.ledger();
        coop = p.admin.cooperativeId();
        jeanne = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        couture = p.activities.create(p.admin, new ActivityDetails("Couture Jeanne", "Fil d’Or", "couture",
                LocalDate.of(2025, 11, 3), "COUTURE", List.of(p.personOf(jeanne))));
        bois = p.activities.create(p.admin, new ActivityDetails("Menuiserie Paul", null, "bois",
                LocalDate.of(2025, 11, 3), "BOIS", List.of(p.create("Paul", "Girard").id())));
        long a = couture.id();
        p.invoice("F-1", NOV, a, 40000);
        p.invoice("F-2", DEC, a, 40000);
        p.invoice("F-3", JAN, a, 40000);
        p.post(JournalCode.PURCHASES, "A-1", DEC, "Tissus et fils", PostingLine.debit("601000", a, eur(28000)),
                PostingLine.debit("445660", a, eur(5600)), PostingLine.credit("401000", a, eur(33600)));
        p.post(JournalCode.BANK, "R-1", LocalDate.of(2025, 12, 1), "Règlement F-1",
                PostingLine.debit("512000", a, eur(48000)), PostingLine.credit("411000", a, eur(48000)));
        p.post(JournalCode.BANK, "R-2", LocalDate.of(2026, 1, 5), "Règlement F-2",
                PostingLine.debit("512000", a, eur(48000)), PostingLine.credit("411000", a, eur(48000)));
        p.post(JournalCode.BANK, "P-1", LocalDate.of(2026, 1, 10), "Paiement fournisseur",
                PostingLine.debit("401000", a, eur(33600)), PostingLine.credit("512000", a, eur(33600)));
        p.invoice("F-9", DEC, bois.id(), 99000);
    }

    @Test
    void theAccountGivesTheAvailableAmountOfTheDomainExample() {
        ActivityAccount three = accounts.account(p.admin, couture.id(), LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 1, 31));
        assertEquals(eur(120000), three.turnoverExclVat());
        assertEquals(eur(12000), three.contribution().amount());
        assertEquals(eur(28000), three.expenses());
        assertEquals(eur(80000), three.availableForPay());
        assertEquals(eur(0), three.salaryCosts());
        assertEquals(eur(80000), three.result());
        SmoothingPlan plan = three.budget().smooth(6, eur(1010));
        assertEquals(eur(13333), plan.monthlyLoadedSalary());
        assertEquals(13, plan.hoursPerMonth());
    }

    @Test
    void theTreasuryCountsOnlyTheCashReceivedAndPaid() {
        ActivityAccount three = accounts.account(p.admin, couture.id(), LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 1, 31));
        // F-3 (480 € incl. VAT) is invoiced but unpaid: 960 received − 336 paid
        assertEquals(eur(62400), three.treasury());
        List<ActivityAccounts.TreasuryPoint> days = accounts.treasury(p.admin, couture.id(),
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31));
        assertEquals(List.of(LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 10)), days.stream().map(ActivityAccounts.TreasuryPoint::date).toList());
        assertEquals(List.of(eur(0), eur(48000), eur(96000), eur(62400)),
                days.stream().map(ActivityAccounts.TreasuryPoint::position).toList());
    }

    @Test
    void salariesAreChargedAfterTheAvailableAmountAndTheStatementGoesMonthByMonth() {
        LocalDate feb = LocalDate.of(2026, 2, 27);
        p.post(JournalCode.PAYROLL, "S-2026-02", feb, "Salaire février", PostingLine.debit("641000", couture.id(),
                eur(10000)), PostingLine.debit("645000", couture.id(), eur(3333)),
                PostingLine.credit("421000", couture.id(), eur(13333)));
        List<ActivityAccount> months = accounts.monthly(p.admin, couture.id(), YearMonth.of(2025, 11),
                YearMonth.of(2026, 2));
        assertEquals(List.of(eur(40000), eur(40000), eur(40000), eur(0)),
                months.stream().map(ActivityAccount::turnoverExclVat).toList());
        assertEquals(List.of(eur(4000), eur(4000), eur(4000), eur(0)),
                months.stream().map(m -> m.contribution().amount()).toList());
        assertEquals(eur(13333), months.get(3).salaryCosts());
        assertEquals(eur(-13333), months.get(3).result());
        assertEquals(eur(8000), months.get(1).result(), "December: 400 − 40 − 280 of fabric");
    }

    @Test
    void anEntrepreneurReadsTheAccountOfHerOwnActivityOnly() {
        UserContext asJeanne = p.f.core.users().contextOf(jeanne.userId());
        assertEquals(eur(120000), accounts.account(asJeanne, couture.id(), LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 1, 31)).turnoverExclVat());
        ValidationException other = assertThrows(ValidationException.class, () -> accounts.account(asJeanne,
                bois.id(), LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31)));
        assertEquals("activity", other.errors().get(0).field());
        UserContext elsewhere = p.f.otherCooperative();
        assertThrows(ValidationException.class, () -> accounts.account(elsewhere, couture.id(),
                LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31)));
        ValidationException backwards = assertThrows(ValidationException.class, () -> accounts.account(p.admin,
                couture.id(), LocalDate.of(2026, 1, 31), LocalDate.of(2025, 11, 1)));
        assertEquals("to", backwards.errors().get(0).field());
    }
}
