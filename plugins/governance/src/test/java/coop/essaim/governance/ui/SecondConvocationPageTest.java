package coop.essaim.governance.ui;

import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The second convocation from the assembly's page, and over the API. */
class SecondConvocationPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private static final LocalDate DAY = LocalDate.of(2027, 9, 14);

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private Governance g() {
        return fixture.on(DAY);
    }

    @Test
    void theAdministratorCallsAnAssemblyWithoutQuorumAgainAndIsToldABadDay() {
        Assembly first = g().assemblies().create(fixture.admin(), AssemblyKind.EXTRAORDINARY, DAY, "Salle du conseil",
                "Modification des statuts");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(first.id()));
        tester.assertContains("première convocation");
        FormTester early = tester.newFormTester("secondForm");
        early.setValue("heldOn", DAY.minusDays(1).toString());
        early.submit();
        tester.assertErrorMessages("Date (AAAA-MM-JJ) : un jour postérieur à la première convocation, le 14 septembre"
                + " 2027");
        assertEquals(0, g().secondConvocations().of(fixture.admin(), first.id()).stream().count());
        FormTester again = tester.newFormTester("secondForm");
        again.setValue("heldOn", DAY.plusDays(14).toString());
        again.setValue("place", "Maison des coopératives");
        again.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(AssemblyPage.class);
        tester.assertContains("deuxième convocation, le quorum de l’assemblée du 14 sept. 2027");
        tester.assertContains("il en faut 25 %");
        tester.assertInvisible("secondForm");
        Assembly second = g().secondConvocations().of(fixture.admin(), first.id()).orElseThrow();
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(first.id()));
        tester.assertContains("convoquée à nouveau le 28 sept. 2027 \\(assemblée n° " + second.id() + "\\)");
    }

    @Test
    void theApiCallsAgainAndNamesTheField() throws Exception {
        ApiClient api = new ApiClient(essaim.baseUrl(), "governance");
        String admin = api.token("admin");
        Assembly first = g().assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, DAY.plusDays(1), "Salle",
                "Comptes");
        String path = "assemblies/" + first.id() + "/second-convocation";
        assertNotNull(ApiClient.fieldError(api.problem(api.send(admin, "POST", path, "{\"heldOn\":\""
                + DAY.plusDays(1) + "\"}"), 422), "heldOn"));
        JsonNode second = api.ok(api.send(admin, "POST", path, "{\"heldOn\":\"" + DAY.plusDays(20) + "\"}"), 201);
        assertEquals(first.id(), second.get("firstConvocationId").asLong());
        assertEquals(0, api.ok(api.get(admin, "assemblies/" + second.get("id").asLong()), 200).get("quorum")
                .get("percentNeeded").asInt());
        assertEquals(403, api.send(api.token("jeanne"), "POST", path, "{\"heldOn\":\"" + DAY.plusDays(25) + "\"}")
                .statusCode());
    }
}
