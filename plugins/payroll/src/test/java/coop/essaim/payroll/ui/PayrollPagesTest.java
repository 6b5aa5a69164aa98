package coop.essaim.payroll.ui;

import coop.essaim.payroll.PayrollFixture;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayrollRuns;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunProgress;
import coop.essaim.payroll.internal.run.RunJobs;
import coop.essaim.payroll.internal.run.RunJobsTest;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payroll pages as accounting, an adviser and Jeanne use them on the demo cooperative. */
class PayrollPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = PayrollFixture.kit().withWeb();

    private final PayrollFixture fixture = new PayrollFixture(essaim);

    @Test
    void accountingReviewsAValidatedMonthAndIsToldWhatTheTransferFileLacks() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(RunPage.class, new PageParameters().set("month", "2026-10"));
        tester.assertRenderedPage(RunPage.class);
        tester.assertContains("Jeanne Martin");
        tester.assertContains("validée, écritures passées");
        tester.assertInvisible("validate");
        tester.assertInvisible("monthForm:compute");
        tester.clickLink("sepa");
        tester.assertErrorMessages("Renseignez d'abord, dans les paramètres de paie de la coopérative, l'IBAN d'où les"
                + " salaires sont virés.");
        tester.clickLink("csv");
        String csv = tester.getLastResponse().getDocument();
        assertTrue(csv.startsWith("person_number,"), csv);
        assertTrue(csv.contains("Jeanne Martin"), csv);
    }

    @Test
    void aMonthNotComputedSaysSoAndOffersToComputeIt() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(RunPage.class, new PageParameters().set("month", "2027-02"));
        tester.assertContains("pas encore calculée");
        tester.assertVisible("monthForm:compute");
        FormTester form = tester.newFormTester("monthForm");
        form.setValue("monthField", "février");
        form.submit("compute");
        tester.assertErrorMessages("attendu : un mois comme 2026-11");
    }

    @Test
    void accountingComputesThenValidatesAMonthInTheBackgroundAndIsToldTheOutcome() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        YearMonth november = YearMonth.of(2026, 11);
        tester.startPage(RunPage.class, new PageParameters().set("month", november.toString()));
        FormTester form = tester.newFormTester("monthForm");
        form.setValue("monthField", november.toString());
        form.submit("compute");
        RunJobsTest.await(() -> fixture.payroll().jobs().job(fixture.accountant().cooperativeId(), november).map(RunJobs.Job::finished).orElse(true));
        tester.startPage(RunPage.class, new PageParameters().set("month", november.toString()));
        tester.assertContains("Paie calculée : ");
        tester.assertContains("brouillon, à revoir");
        tester.assertContains("Jeanne Martin");
        assertFalse(tester.getLastResponseAsString().contains("http-equiv=\"refresh\""));

        tester.clickLink("validate");
        RunJobsTest.await(() -> fixture.payroll().jobs().job(fixture.accountant().cooperativeId(), november).map(RunJobs.Job::finished).orElse(true));
        tester.startPage(RunPage.class, new PageParameters().set("month", november.toString()));
        tester.assertContains("Paie validée : ");
        tester.assertContains("validée, écritures passées");
        tester.startPage(RunPage.class, new PageParameters().set("month", november.toString()));
        assertFalse(tester.getLastResponseAsString().contains("Paie validée : "), "the outcome is told once");
    }

    @Test
    void aRunUnderWayShowsHowFarItIsAndReloadsItself() throws Exception {
        YearMonth march = YearMonth.of(2027, 3);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reached = new CountDownLatch(1);
        PayrollRuns real = fixture.payroll().runs();
        PayrollRuns held = new PayrollRuns() {
            @Override
            public PayrollRun compute(UserContext actor, YearMonth month, RunProgress progress) {
                progress.advanced(7, 20);
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return real.compute(actor, month, progress);
            }

            @Override
            public PayrollRun validate(UserContext actor, YearMonth month, RunProgress progress) {
                return real.validate(actor, month, progress);
            }

            @Override
            public Optional<PayrollRun> run(UserContext actor, YearMonth month) {
                return real.run(actor, month);
            }

            @Override
            public List<PayslipRecord> ownPayslips(UserContext actor) {
                return real.ownPayslips(actor);
            }

            @Override
            public Optional<PayslipRecord> payslip(UserContext actor, long payslipId) {
                return real.payslip(actor, payslipId);
            }
        };
        try {
            RunJobs.Job job = fixture.payroll().jobs().start(fixture.accountant(), march, RunJobs.Kind.COMPUTE, held);
            assertTrue(reached.await(60, TimeUnit.SECONDS));
            EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
            tester.startPage(RunPage.class, new PageParameters().set("month", march.toString()));
            tester.assertContains("Calcul de la paie en cours");
            tester.assertContains("7 sur 20 bulletins");
            tester.assertContains("<progress value=\"7\" max=\"20\"");
            assertTrue(tester.getLastResponseAsString().matches("(?s).*<meta http-equiv=\"refresh\" content=\"2; url=[^\"]*"
                    + "month=2027-03\">.*"), "the page reloads itself while the run computes");
            tester.assertInvisible("monthForm:compute");
            tester.assertInvisible("validate");

            release.countDown();
            RunJobsTest.await(job::finished);
            tester.startPage(RunPage.class, new PageParameters().set("month", march.toString()));
            tester.assertContains("Paie calculée : ");
            assertFalse(tester.getLastResponseAsString().contains("http-equiv=\"refresh\""));
        } finally {
            release.countDown();
        }
    }

    @Test
    void jeanneReadsHerPayslipsAndDownloadsOne() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(PayslipsPage.class);
        tester.assertRenderedPage(PayslipsPage.class);
        tester.assertContains("juin 2026");
        PayslipRecord june = fixture.payroll().runs().ownPayslips(fixture.jeanne()).stream()
                .filter(p -> p.month().equals(YearMonth.of(2026, 6))).findFirst().orElseThrow();
        tester.startPage(PayslipPage.class, new PageParameters().set("id", june.id()));
        tester.assertRenderedPage(PayslipPage.class);
        tester.assertContains("Le plan prévoyait 13 heures ; le budget en paie 10 au salaire minimum.");
        tester.assertContains("Écriture passée au journal de paie");
        tester.clickLink("pdf");
        byte[] pdf = tester.getLastResponse().getBinaryContent();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void jeanneCannotOpenSomeoneElsesPayslip() {
        PayslipRecord other = fixture.payroll().runs().run(fixture.accountant(), YearMonth.of(2026, 10)).orElseThrow()
                .payslips().stream().filter(p -> p.personId() != fixture.jeannePerson()).findFirst().orElseThrow();
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(PayslipPage.class, new PageParameters().set("id", other.id()));
        tester.assertRenderedPage(PayslipsPage.class);
    }

    @Test
    void anAdviserSimulatesABudgetAndReadsThePlans() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(SimulatorPage.class);
        FormTester form = tester.newFormTester("form");
        form.setValue("budget", "2000");
        form.setValue("month", "2026-03");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertVisible("result");
        tester.assertContains("151.67");

        tester.startPage(PlansPage.class, new PageParameters().set("activity", fixture.jeanneActivity().id()));
        tester.assertRenderedPage(PlansPage.class);
        tester.assertContains("133,33");
        FormTester plan = tester.newFormTester("planForm");
        plan.setValue("firstMonth", "2027-01");
        plan.setValue("months", "99");
        plan.submit();
        tester.assertErrorMessages("Nombre de mois : Entre 1 et 36 mois attendus.");
    }

    @Test
    void accountingRecordsAPersonsPayrollFactsAndAWrongIbanIsRefused() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(PlansPage.class, new PageParameters().set("activity", fixture.jeanneActivity().id()));
        FormTester wrong = tester.newFormTester("factsForm");
        wrong.setValue("iban", "FR76 3000 6000 0112 3456 7890 188");
        wrong.submit("save");
        tester.assertErrorMessages("IBAN : Un IBAN est attendu (deux lettres, deux chiffres de contrôle, puis lettres et"
                + " chiffres) dont la clé est juste.");
        FormTester right = tester.newFormTester("factsForm");
        right.setValue("iban", "FR76 3000 6000 0112 3456 7890 189");
        right.setValue("rate", "4,5");
        right.submit("save");
        tester.assertNoErrorMessage();
        var facts = fixture.payroll().employees().readable(fixture.accountant(), fixture.jeannePerson());
        assertEquals("FR7630006000011234567890189", facts.iban());
        assertEquals(0, new java.math.BigDecimal("4.5").compareTo(facts.withholdingRatePercent()));

        EssaimWicketTester adviser = essaim.wicketTester().logInDemo("conseil");
        adviser.startPage(PlansPage.class, new PageParameters().set("activity", fixture.jeanneActivity().id()));
        adviser.assertInvisible("factsForm");
    }
}
