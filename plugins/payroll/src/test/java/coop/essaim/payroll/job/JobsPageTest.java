package coop.essaim.payroll.job;

import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.internal.job.ShortJob;
import coop.essaim.payroll.ui.JobsPage;
import coop.essaim.payroll.ui.PayslipPage;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The short jobs page as accounting and Jeanne use it in the Belgian demo cooperative, and the payslip it leads to. */
class JobsPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = BelgianJobsFixture.kit().withWeb();

    private final BelgianJobsFixture fixture = new BelgianJobsFixture(essaim);

    @Test
    void accountingDeclaresAJobSeesItsRowCancelsItAndIsToldWhatIsWrong() {
        long activity = fixture.activity(BelgianJobsFixture.ZOE_ACTIVITY).id();
        fixture.hiredForJobs(BelgianJobsFixture.ZOE_ACTIVITY);
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(JobsPage.class, new PageParameters().set("activity", activity));
        tester.assertRenderedPage(JobsPage.class);
        tester.assertContains("Jobs courts");
        FormTester form = tester.newFormTester("jobForm");
        form.setValue("firstDay", "2027-04-09");
        form.setValue("hours", "8");
        form.setValue("gross", "250,00");
        form.setValue("description", "Concert Ancienne Belgique 9/4");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Concert Ancienne Belgique 9/4");
        tester.assertContains("250,00");
        tester.assertContains("déclaré");
        List<ShortJob> april = fixture.payroll().shortJobs().ofActivity(fixture.accountant(), activity,
                YearMonth.of(2027, 4));
        assertEquals(1, april.size());
        assertEquals(LocalDate.of(2027, 4, 9), april.get(0).lastDay(), "a blank last day is the first");

        FormTester tooMuch = tester.newFormTester("jobForm");
        tooMuch.setValue("firstDay", "2027-04-10");
        tooMuch.setValue("hours", "13");
        tooMuch.setValue("gross", "300");
        tooMuch.setValue("description", "Trop long");
        tooMuch.submit();
        tester.assertErrorMessages("Heures : Un nombre d'heures supérieur à 0, avec au plus deux décimales, et au plus"
                + " 12 par jour du contrat (12 heures pour 1 jours), est attendu.");
        assertEquals(1, fixture.payroll().shortJobs().ofActivity(fixture.accountant(), activity,
                YearMonth.of(2027, 4)).size());

        tester.startPage(JobsPage.class, new PageParameters().set("activity", activity));
        tester.clickLink("jobs:0:cancel");
        tester.assertNoErrorMessage();
        tester.assertContains("annulé");
        assertEquals(ShortJob.Status.CANCELLED, fixture.payroll().shortJobs().ofActivity(fixture.accountant(),
                activity, YearMonth.of(2027, 4)).get(0).status());
    }

    @Test
    void jeanneSeesHerOwnJobsWithoutTheFormAndThePayslipListsTheJobsItPays() throws Exception {
        long activity = fixture.activity(BelgianJobsFixture.ZOE_ACTIVITY).id();
        long zoe = fixture.hiredForJobs(BelgianJobsFixture.ZOE_ACTIVITY);
        long jeanne = fixture.jeanneOnZoesActivity();
        var jobs = fixture.payroll().shortJobs();
        jobs.declare(fixture.accountant(), BelgianJobsFixture.day(activity, jeanne, LocalDate.of(2027, 5, 5),
                "250.00", "Retouches costumes 5/5"));
        jobs.declare(fixture.accountant(), BelgianJobsFixture.day(activity, zoe, LocalDate.of(2027, 5, 6),
                "250.00", "Bijoux de scène 6/5"));

        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(JobsPage.class, new PageParameters().set("activity", activity));
        tester.assertRenderedPage(JobsPage.class);
        tester.assertContains("Retouches costumes 5/5");
        tester.assertContainsNot("Bijoux de scène 6/5");
        tester.assertInvisible("jobForm");
        tester.assertInvisible("jobs:0:cancel");

        PayrollRun may = fixture.payroll().runs().compute(fixture.accountant(), YearMonth.of(2027, 5));
        PayslipRecord zoes = may.payslips().stream().filter(p -> p.personId() == zoe && p.paysJobs()).findFirst()
                .orElseThrow(() -> new AssertionError(may.notices().toString()));
        EssaimWicketTester compta = essaim.wicketTester().logInDemo("compta");
        compta.startPage(PayslipPage.class, new PageParameters().set("id", zoes.id()));
        compta.assertRenderedPage(PayslipPage.class);
        compta.assertContains("Jobs payés par ce bulletin");
        compta.assertContains("Bijoux de scène 6/5");
        compta.assertContainsNot("Retouches costumes 5/5");
        byte[] pdf = fixture.payroll().documents().payslipPdf(fixture.accountant(), zoes.id()).orElseThrow()
                .content();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Contrats de job court payés par ce bulletin"), text);
            assertTrue(text.contains("Bijoux de scène 6/5"), text);
        }
    }
}
