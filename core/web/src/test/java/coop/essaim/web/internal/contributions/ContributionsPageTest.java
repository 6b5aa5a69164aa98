package coop.essaim.web.internal.contributions;

import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.cooperative.CooperativePage;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month's contributions page and the rate on the cooperative's page: Jeanne invoices 1,200.00 excl. VAT in
 * January 2025; at the core's 10 % she owes 120.00 to the structure.
 */
class ContributionsPageTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    private static String eur(long cents) {
        return Money.of(cents, "EUR").format(Locale.FRENCH);
    }

    private static void invoice() {
        web.installTestModule();
        UserContext compta = DemoUsers.context(web.kernel(), CoreRoles.ACCOUNTANT);
        long jeanne = DemoUsers.activity(web.kernel(), compta, DemoMembers.JEANNE_ACTIVITY).id();
        LocalDate d = LocalDate.of(2025, 1, 10);
        Money m = Money.of(120_000, "EUR");
        web.kernel().service(Ledger.class).post(compta, new EntryDraft(compta.cooperativeId(), JournalCode.SALES, d,
                "F-1", d, "Facture 1", List.of(PostingLine.debit("411000", jeanne, m),
                PostingLine.credit("706000", jeanne, m)), "contributions-test:1"));
    }

    @Test
    void theAccountantPostsTheMonthsTransfersAndTheButtonGoesOnceNothingIsDue(BrowserTester tester) {
        invoice();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("ledger/contributions?month=2025-01");
        tester.assertRenderedPage(ContributionsPage.class);
        tester.assertContains(DemoMembers.JEANNE_ACTIVITY);
        tester.assertLabel("totalDue", eur(12_000));
        tester.assertLabel("totalToPost", eur(12_000));
        tester.newFormTester("postForm").submit();
        tester.assertRenderedPage(ContributionsPage.class);
        tester.assertLabel("totalPosted", eur(12_000));
        tester.assertLabel("totalToPost", eur(0));
        tester.assertInvisible("postForm");
        assertTrue(tester.getLastResponseAsString().contains("passées : 1"), "the success message counts the entries");
    }

    @Test
    void aBadMonthIsSaidAndAnEntrepreneurMayNotOpenThePage(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("ledger/contributions?month=janvier");
        tester.assertRenderedPage(ContributionsPage.class);
        tester.assertContains("AAAA-MM");
        tester.assertInvisible("postForm");

        BrowserTester jeanne = web.newBrowser();
        KernelFixture.logIn(jeanne, CoreRoles.ENTREPRENEUR);
        jeanne.executeUrl("ledger/contributions?month=2025-01");
        jeanne.assertRenderedPage(ForbiddenPage.class);
    }

    @Test
    void theAdministratorSetsANewRateInPercentFromADateAndAWrongRateIsSaidBesideTheField(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("cooperative");
        tester.assertRenderedPage(CooperativePage.class);
        tester.assertContains("Taux par défaut d’Essaim");
        LocalDate next = LocalDate.now().plusDays(40);
        FormTester form = tester.newFormTester("contribution:form");
        form.setValue("validFrom", next.toString());
        form.setValue("rate", "douze");
        form.submit();
        tester.assertContains("Indiquez un pourcentage");

        form = tester.newFormTester("contribution:form");
        form.setValue("validFrom", next.toString());
        form.setValue("rate", "12,5");
        form.select("base", 1);
        form.setValue("monthlyFee", "15,50");
        form.submit();
        UserContext admin = DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
        ContributionRate added = web.kernel().service(ContributionRateBook.class).inForce(admin, next);
        assertEquals(0, new BigDecimal("0.125").compareTo(added.rate()));
        assertEquals("GROSS_MARGIN", added.base().name());
        assertEquals(Money.of(1550, "EUR"), added.monthlyFee().orElseThrow());
        tester.executeUrl("cooperative");
        tester.assertContains("12,5 %");
    }
}
