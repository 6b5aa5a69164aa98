package coop.essaim.governance.ui;

import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.College;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The colleges page of the demo's general assembly, as the administrator sets the colleges and places associates. */
class CollegesPageTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private Governance g() {
        return fixture.on(LocalDate.now());
    }

    private Body assembly() {
        return g().bodies().all(fixture.admin()).stream().filter(b -> b.kind() == BodyKind.ASSEMBLY).findFirst()
                .orElseThrow();
    }

    @Test
    void theAdministratorSetsTheCollegesIsToldTheLineAndPlacesAnAssociate() {
        Body body = assembly();
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(BodyPage.class, BodyPageBase.of(body.id()));
        tester.assertVisible("colleges");
        tester.clickLink("colleges");
        tester.assertRenderedPage(CollegesPage.class);
        tester.assertContains("Collèges de l’assemblée");

        FormTester bad = tester.newFormTester("defineForm");
        bad.setValue("colleges", "Salariés; 60\nUsagers; 40");
        bad.submit();
        tester.assertErrorMessages("Collèges : ligne 1 : un poids entre 10 et 50 %");
        assertEquals(List.of(), g().colleges().colleges(fixture.admin(), body.id()));

        FormTester form = tester.newFormTester("defineForm");
        form.setValue("colleges", "Salariés; 50\nUsagers; 30 %\nSoutiens; 20");
        form.submit();
        tester.assertNoErrorMessage();
        List<College> set = g().colleges().colleges(fixture.admin(), body.id());
        assertEquals(List.of("Salariés", "Usagers", "Soutiens"), set.stream().map(College::name).toList());
        assertEquals(List.of(50, 30, 20), set.stream().map(College::weight).toList());

        long associate = g().register().associatesOn(fixture.admin().cooperativeId(), LocalDate.now()).keySet()
                .iterator().next();
        FormTester place = tester.newFormTester("assignForm");
        place.select("personId", List.copyOf(g().bodies().appointable(fixture.admin()).keySet()).indexOf(associate));
        place.select("collegeId", 1);
        place.submit();
        tester.assertNoErrorMessage();
        assertEquals(set.get(1).id(), g().colleges().members(fixture.admin(), body.id()).get(associate));
        tester.assertContains(g().bodies().name(fixture.admin(), associate) + "</span> · <span>Usagers");

        // the assembly's page then shows a vote opened with the colleges per college and weighted
        var a = g().assemblies().create(fixture.admin(), coop.essaim.governance.api.AssemblyKind.ORDINARY,
                LocalDate.now(), "Salle", "Point unique");
        g().assemblies().attend(fixture.admin(), a.id(), associate, coop.essaim.governance.api.Presence.PRESENT, null);
        var r = g().assemblies().addResolution(fixture.admin(), a.id(), "Résolution par collèges",
                coop.essaim.governance.api.Majority.SIMPLE, false);
        g().assemblies().open(fixture.admin(), r.id());
        g().assemblies().recordVote(fixture.admin(), r.id(), associate, coop.essaim.governance.api.Choice.FOR);
        tester.startPage(AssemblyPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .set("id", a.id()));
        tester.assertContains("Usagers \\(30 %\\) : 1 pour, 0 contre, 0 abstentions");
        tester.assertContains("Salariés \\(50 %\\) : 0 pour");
        tester.assertContains("pour, pondéré par collège : 100.00 %");
    }

    @Test
    void aBoardHasNoCollegesLinkAndAnEntrepreneurIsRefusedThePage() {
        Body board = g().bodies().all(fixture.admin()).stream().filter(b -> b.kind() == BodyKind.BOARD).findFirst()
                .orElseThrow();
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(BodyPage.class, BodyPageBase.of(board.id()));
        tester.assertInvisible("colleges");
        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(CollegesPage.class, BodyPageBase.of(assembly().id()));
        jeanne.assertRenderedPage(ForbiddenPage.class);
    }
}
