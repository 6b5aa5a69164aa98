package coop.essaim.governance.ui;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The split page and route with the payroll plugin installed: the employees' lines are proposed from the validated
 * payslips of the year, the page says so, and the lines stay editable before the draft.
 */
class SplitBasesFromPayrollTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kitWithPayroll().withWeb();

    @Test
    void theAccountantGetsTheLinesFromPayrollAndComputesTheDraftFromThem() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(SplitPage.class);
        tester.assertInvisible("basesSource");
        FormTester bases = tester.newFormTester("basesForm");
        bases.setValue("fiscalYear", "2026");
        bases.select("key", 1);   // HOURS
        bases.submit();
        tester.assertNoErrorMessage();
        tester.assertVisible("basesSource");
        tester.assertContains("Proposé d’après la paie : \\d+ bulletins validés");
        String lines = (String) tester.getComponentFromLastRenderedPage("draftForm:participants")
                .getDefaultModelObject();
        assertTrue(lines.lines().count() > 1, lines);
        assertTrue(lines.lines().anyMatch(l -> l.matches("\\d+; 50\\.00; .+")), "Jeanne's 50 hours: " + lines);
        assertTrue(tester.getComponentFromLastRenderedPage("draftForm:participants") instanceof TextArea);

        FormTester draft = tester.newFormTester("draftForm");
        draft.setValue("fiscalYear", "2026");
        draft.select("key", 1);
        draft.setValue("participants", lines);
        draft.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Participation <span>au prorata des heures travaillées</span>");
    }

    @Test
    void theRouteSaysWhereTheBasesCameFrom() throws Exception {
        ApiClient api = new ApiClient(essaim.baseUrl(), "governance");
        String compta = api.token("compta");
        JsonNode p = api.ok(api.get(compta, "splits/2026/proposed-bases?key=equal"), 200);
        assertEquals("PAYROLL", p.get("source").asText());
        assertEquals("EQUAL", p.get("key").asText());
        assertEquals("2026-01-01", p.get("from").asText());
        assertTrue(p.get("participants").size() > 1);
        assertEquals("1.00", p.get("participants").get(0).get("base").asText());
        assertTrue(p.get("payslips").asInt() > p.get("participants").size());
        assertEquals(403, api.get(api.token("jeanne"), "splits/2026/proposed-bases").statusCode());
    }
}
