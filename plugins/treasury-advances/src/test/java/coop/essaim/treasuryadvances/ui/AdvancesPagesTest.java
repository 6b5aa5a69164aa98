package coop.essaim.treasuryadvances.ui;

import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.treasuryadvances.AdvancesFixture;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.VoteChoice;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages as Jeanne, a board member, the administrator and the accountant use them on the demo cooperative. */
class AdvancesPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AdvancesFixture.kit().withWeb();

    private final AdvancesFixture fixture = new AdvancesFixture(essaim);

    private TreasuryAdvances today() {
        return fixture.on(LocalDate.now());
    }

    @Test
    void jeanneChecksTheRulesThenRequestsAndReadsTheDecision() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(RequestPage.class);
        tester.assertRenderedPage(RequestPage.class);
        FormTester form = tester.newFormTester("requestForm");
        form.select("kind", 0);
        form.setValue("amount", "700,00");
        form.submit("check");
        tester.assertContains("Part des factures impayées non échues");
        tester.assertContains("la facturation n’est pas installée");
        tester.assertContains("Plafond de la coopérative");

        form = tester.newFormTester("requestForm");
        form.select("kind", 1);
        form.setValue("amount", "700,00");
        form.setValue("reason", "Surjeteuse");
        form.setValue("dueOn", LocalDate.now().plusMonths(4).toString());
        form.submit("submit");
        tester.assertRenderedPage(AdvancePage.class);
        tester.assertContains("Surjeteuse");
        tester.assertContains("demandée");
        assertFalse(tester.getLastResponseAsString().contains("Votes du conseil"));

        TreasuryAdvance mine = today().advances().own(fixture.jeanne()).get(0);
        today().approvals().decide(fixture.admin(), mine.id(), false, "Trésorerie tendue ce mois-ci", null);
        tester.startPage(MyAdvancesPage.class);
        tester.assertContains("Trésorerie tendue ce mois-ci");
        tester.assertContains("refusée");
        tester.startPage(BoardPage.class);
        tester.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
    }

    @Test
    void theBoardVotesAndApprovesAccountingDisbursesFromThePage() {
        LocalDate day = LocalDate.now();
        TreasuryAdvance a = today().advances().request(fixture.adviser(), AdvancesFixture.investment(
                fixture.jeanneActivity(), "400.00", day.plusMonths(5)));
        UserContext member = fixture.boardMember();
        EssaimWicketTester board = essaim.wicketTester().logIn(member);
        board.startPage(BoardPage.class);
        board.assertRenderedPage(BoardPage.class);
        board.assertContains("AV-" + a.id());
        board.startPage(AdvancePage.class, new PageParameters().set("id", a.id()));
        board.assertContains("Règles d’éligibilité en vigueur");
        FormTester vote = board.newFormTester("voteForm");
        vote.select("choice", 0);
        vote.setValue("comment", "Dossier solide");
        vote.submit("vote");
        board.assertContains("Dossier solide");
        FormTester decision = board.newFormTester("decisionForm");
        decision.setValue("reasons", "Vote favorable du conseil");
        decision.submit("approve");
        board.assertNoErrorMessage();
        assertEquals(AdvanceStatus.APPROVED, today().advances().find(member, a.id()).orElseThrow().status());

        EssaimWicketTester accounting = essaim.wicketTester().logInDemo("compta");
        accounting.startPage(AdvancePage.class, new PageParameters().set("id", a.id()));
        assertFalse(accounting.getLastResponseAsString().contains("Dossier solide"), "votes are the board's");
        accounting.newFormTester("disburseForm").submit("disburse");
        accounting.assertNoErrorMessage();
        accounting.assertContains("versée");
        FormTester repay = accounting.newFormTester("repayForm");
        repay.setValue("repayment", "150,00");
        repay.submit("repay");
        accounting.assertNoErrorMessage();
        assertEquals(AdvancesFixture.eur("250.00"), today().advances().find(member, a.id()).orElseThrow().balance());
        repay = accounting.newFormTester("repayForm");
        repay.setValue("repayment", "900,00");
        repay.submit("repay");
        accounting.assertContains("Montant : ");
    }

    @Test
    void theExposureDashboardShowsWhatIsOutstandingMonthByMonth() {
        LocalDate day = LocalDate.now();
        TreasuryAdvance a = today().advances().request(fixture.adviser(), AdvancesFixture.investment(
                fixture.jeanneActivity(), "321.00", day.plusMonths(5)));
        today().approvals().decide(fixture.admin(), a.id(), true, "Sous le seuil", null);
        today().ledger().disburse(fixture.accountant(), a.id());
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(ExposurePage.class);
        tester.assertRenderedPage(ExposurePage.class);
        tester.assertContains("Encours en fin de mois");
        tester.assertContains("Couture Jeanne");
        tester.assertContains("<meter");
        var report = today().exposure().report(fixture.accountant(), a.amount().currency());
        assertTrue(report.outstanding().minorUnits() >= 32_100);
        assertTrue(tester.getLastResponseAsString().contains(report.outstanding().format(java.util.Locale.FRENCH)),
                report.outstanding().toString());
        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(ExposurePage.class);
        jeanne.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
    }

    @Test
    void theAdministratorAddsAnEditionOfTheRulesFromThePage() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(RulesPage.class);
        tester.assertRenderedPage(RulesPage.class);
        tester.assertContains("En vigueur aujourd’hui");
        LocalDate from = LocalDate.now().plusYears(2);
        FormTester form = tester.newFormTester("ruleForm");
        form.setValue("validFrom", from.toString());
        form.setValue("activityCeiling", "2 500,00");
        form.setValue("exposureShare", "25");
        form.submit();
        tester.assertNoErrorMessage();
        assertTrue(tester.getLastResponseAsString().replaceAll("[\\s\u00a0\u202f]", "").contains("2500,00€paractivité"));
        assertTrue(fixture.on(from).rules().inForce(fixture.admin().cooperativeId(), from).activityCeiling() == 250_000);
        form = tester.newFormTester("ruleForm");
        form.setValue("validFrom", LocalDate.now().minusDays(3).toString());
        form.submit();
        tester.assertContains("À partir du");
        assertFalse(tester.getFeedbackMessages(null).isEmpty());
        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(RulesPage.class);
        jeanne.assertRenderedPage(coop.essaim.web.internal.pages.ForbiddenPage.class);
    }

    @Test
    void theBoardWritesOffFromThePageAndJeanneCannotOpenAnotherActivitysAdvance() {
        LocalDate day = LocalDate.now();
        java.util.Set<Long> lent = today().advances().all(fixture.admin(), null).stream()
                .map(TreasuryAdvance::activityId).collect(java.util.stream.Collectors.toSet());
        long other = fixture.activities().stream().filter(x -> x.id() != fixture.jeanneActivity())
                .filter(x -> !lent.contains(x.id())).filter(x -> x.start() != null && x.start().isBefore(day.minusMonths(4))).findFirst().orElseThrow()
                .id();
        TreasuryAdvance a = today().advances().request(fixture.adviser(), AdvancesFixture.investment(other, "250.00",
                day.plusMonths(5)));
        today().approvals().decide(fixture.admin(), a.id(), true, "Sous le seuil", null);
        today().ledger().disburse(fixture.accountant(), a.id());

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(AdvancePage.class, new PageParameters().set("id", a.id()));
        jeanne.assertRenderedPage(MyAdvancesPage.class);

        EssaimWicketTester board = essaim.wicketTester().logIn(fixture.boardMember());
        board.startPage(AdvancePage.class, new PageParameters().set("id", a.id()));
        FormTester form = board.newFormTester("writeOffForm");
        form.setValue("writeOffReasons", "Activité cessée, créance irrécouvrable");
        form.submit("writeOff");
        board.assertNoErrorMessage();
        board.assertContains("passée en perte");
        assertEquals(AdvanceStatus.WRITTEN_OFF, today().advances().find(fixture.admin(), a.id()).orElseThrow()
                .status());
    }
}
