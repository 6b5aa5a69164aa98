package coop.essaim.governance.ui;

import coop.essaim.api.people.Person;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assembly pages as the administrator keeps an assembly and as Jeanne, an associate, votes online. */
class AssemblyPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private Governance g() {
        return fixture.on(DAY);
    }

    /** Jeanne's person, holding shares on {@link #DAY} (subscribed the day before when the demo left her out). */
    private Person jeanne() {
        Person jeanne = g().register().ownPerson(fixture.jeanne()).orElseThrow();
        boolean holds = g().register().holdings(fixture.admin()).stream()
                .anyMatch(h -> h.personId() == jeanne.id() && h.shares() > 0);
        if (!holds) {
            fixture.on(DAY.minusDays(1)).register().subscribe(fixture.admin(), jeanne.id(), 91, DAY.minusDays(1), true);
        }
        return jeanne;
    }

    @Test
    void theAdministratorCreatesAnAssemblyIsToldTheFieldAndNothingIsHalfSaved() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(AssembliesPage.class);
        tester.assertRenderedPage(AssembliesPage.class);
        tester.assertContains("Assemblées générales");
        int before = g().assemblies().all(fixture.admin()).size();

        FormTester bad = tester.newFormTester("createForm");
        bad.setValue("heldOn", "2027-03-15");
        bad.setValue("place", "");
        bad.setValue("agenda", "Approbation des comptes");
        bad.submit();
        tester.assertErrorMessages("Lieu : un texte d’au plus 200 caractères");
        FormTester noDay = tester.newFormTester("createForm");
        noDay.setValue("heldOn", "le 15 mars");
        noDay.setValue("place", "Maison des coopératives");
        noDay.setValue("agenda", "Approbation des comptes");
        noDay.submit();
        tester.assertErrorMessages("Date (AAAA-MM-JJ) : obligatoire");
        assertEquals(before, g().assemblies().all(fixture.admin()).size());

        FormTester form = tester.newFormTester("createForm");
        form.setValue("heldOn", "2027-03-16");
        form.setValue("place", "Maison des coopératives");
        form.setValue("agenda", "1. Approbation des comptes\n2. Répartition des excédents");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(AssemblyPage.class);
        tester.assertContains("Assemblée générale ordinaire · 16 mars 2027");
        tester.assertContains("Répartition des excédents");
        assertEquals(before + 1, g().assemblies().all(fixture.admin()).size());
        tester.startPage(AssembliesPage.class);
        tester.assertContains("Maison des coopératives");
    }

    @Test
    void theSecretaryRecordsAttendanceProxiesAndAVoteInTheRoomAndReadsTheResults() {
        Assembly a = g().assemblies().create(fixture.admin(), AssemblyKind.EXTRAORDINARY, DAY, "Salle du conseil",
                "Modification des statuts");
        List<Attendance> called = g().assemblies().attendance(fixture.admin(), a.id());
        assertTrue(called.size() >= 10, "the demo's associates are called: " + called.size());
        Attendance first = called.get(0);
        Attendance second = called.get(1);
        Attendance third = called.get(2);

        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(a.id()));
        tester.assertRenderedPage(AssemblyPage.class);
        tester.assertContains("0 présents et 0 représentés sur " + called.size() + " convoqués ; il en faut 50 %");
        tester.assertContains("quorum non atteint");

        FormTester present = tester.newFormTester("attendForm");
        present.select("personId", index(tester, "attendForm:personId", first.personId()));
        present.select("presence", 0);
        present.submit();
        tester.assertNoErrorMessage();

        FormTester noHolder = tester.newFormTester("attendForm");
        noHolder.select("personId", index(tester, "attendForm:personId", second.personId()));
        noHolder.select("presence", 1);
        noHolder.submit();
        tester.assertErrorMessages("Pouvoir donné à : un autre associé convoqué et noté présent");
        assertEquals(Presence.ABSENT, presence(a, second.personId()), "nothing recorded");

        FormTester proxy = tester.newFormTester("attendForm");
        proxy.select("personId", index(tester, "attendForm:personId", second.personId()));
        proxy.select("presence", 1);
        proxy.select("proxyHolderId", index(tester, "attendForm:proxyHolderId", first.personId()));
        proxy.submit();
        tester.assertNoErrorMessage();
        assertEquals(Presence.REPRESENTED, presence(a, second.personId()));
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(a.id()));
        tester.assertContains("1 présents et 1 représentés sur " + called.size());

        FormTester resolution = tester.newFormTester("resolutionForm");
        resolution.setValue("text", "Transfert du siège social");
        resolution.select("majority", 1);
        resolution.setValue("secret", true);
        resolution.submit();
        tester.assertNoErrorMessage();
        Resolution r = g().assemblies().resolutions(fixture.admin(), a.id()).get(0);
        assertEquals(Majority.TWO_THIRDS, r.majority());
        assertTrue(r.secret());
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(a.id()));
        tester.assertContains("majorité des deux tiers · bulletin secret");
        tester.clickLink("resolutions:0:open");
        assertEquals(ResolutionState.OPEN, g().assemblies().resolution(fixture.admin(), r.id()).state());

        FormTester absent = tester.newFormTester("voteForm");
        absent.select("resolutionId", 0);
        absent.select("voter", index(tester, "voteForm:voter", third.personId()));
        absent.submit();
        tester.assertErrorMessages("Associé : cet associé est absent : notez-le d’abord présent ou représenté");
        for (Attendance who : List.of(first, second)) {
            FormTester vote = tester.newFormTester("voteForm");
            vote.select("resolutionId", 0);
            vote.select("voter", index(tester, "voteForm:voter", who.personId()));
            vote.select("choice", who == first ? 0 : 1);
            vote.submit();
            tester.assertNoErrorMessage();
        }
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(a.id()));
        tester.clickLink("resolutions:0:close");
        tester.assertNoErrorMessage();
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(a.id()));
        tester.assertContains("1 pour, 1 contre, 0 abstentions · rejetée");
        tester.assertContains("2 votants \\(bulletin secret");
        assertFalse(tester.getLastResponseAsString().contains(first.name() + " : pour"), "secret: no choice shown");
    }

    @Test
    void anOpenBallotShowsWhoVotedWhat() {
        Assembly a = g().assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, DAY.plusDays(2), "Salle B",
                "Comptes");
        Attendance first = g().assemblies().attendance(fixture.admin(), a.id()).get(0);
        g().assemblies().attend(fixture.admin(), a.id(), first.personId(), Presence.PRESENT, null);
        Resolution r = g().assemblies().addResolution(fixture.admin(), a.id(), "Approbation des comptes",
                Majority.SIMPLE, false);
        g().assemblies().open(fixture.admin(), r.id());
        g().assemblies().recordVote(fixture.admin(), r.id(), first.personId(), coop.essaim.governance.api.Choice.FOR);
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(a.id()));
        tester.assertContains(first.name() + " : pour");
        tester.assertContains("1 pour, 0 contre, 0 abstentions");
    }

    @Test
    void jeanneSeesOnlyTheAssembliesThatCallHerVotesOnlineAndCannotOpenTheManagersPages() {
        Person jeanne = jeanne();
        Assembly before = g().assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, LocalDate.of(2024, 6, 1),
                "Salle des anciens statuts", "Avant le registre");
        Assembly ago = g().assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, DAY.plusDays(5),
                "Tiers-lieu du Parc", "Approbation des comptes");
        Attendance other = g().assemblies().attendance(fixture.admin(), ago.id()).stream()
                .filter(x -> x.personId() != jeanne.id()).findFirst().orElseThrow();
        g().assemblies().attend(fixture.admin(), ago.id(), jeanne.id(), Presence.PRESENT, null);
        g().assemblies().attend(fixture.admin(), ago.id(), other.personId(), Presence.REPRESENTED, jeanne.id());
        Resolution r = g().assemblies().addResolution(fixture.admin(), ago.id(), "Approbation des comptes 2026",
                Majority.SIMPLE, false);
        g().assemblies().open(fixture.admin(), r.id());

        EssaimWicketTester tester = essaim.wicketTester().logInDemo("jeanne");
        tester.startPage(AssembliesPage.class);
        tester.assertRenderedPage(ForbiddenPage.class);
        tester.startPage(AssemblyPage.class, AssemblyPageBase.of(ago.id()));
        tester.assertRenderedPage(ForbiddenPage.class);

        tester.startPage(MyAssembliesPage.class);
        tester.assertRenderedPage(MyAssembliesPage.class);
        tester.assertContains("Tiers-lieu du Parc");
        assertFalse(tester.getLastResponseAsString().contains("Salle des anciens statuts"), "not called then");
        // the core confines an entrepreneur to their own person file: other associates show by number
        tester.assertContains("pouvoirs reçus de ");
        String form = formPath(tester, "Approbation des comptes 2026");
        FormTester mine = tester.newFormTester(form);
        mine.select("choice", 0);
        mine.submit();
        tester.assertNoErrorMessage();
        assertTrue(g().assemblies().voted(fixture.admin(), r.id(), jeanne.id()));
        FormTester proxy = tester.newFormTester(formPath(tester, "Approbation des comptes 2026"));
        proxy.select("choice", 1);
        proxy.submit();
        tester.assertNoErrorMessage();
        assertTrue(g().assemblies().voted(fixture.admin(), r.id(), other.personId()), "her proxy's vote");
        Resolution counted = g().assemblies().resolution(fixture.admin(), r.id());
        assertEquals(1, counted.votesFor());
        assertEquals(1, counted.against());
        tester.startPage(MyAssembliesPage.class);
        tester.assertContains("Votre vote est enregistré.");
        assertFalse(g().assemblies().mine(fixture.jeanne()).contains(before));
    }

    /** The path of the vote form of the open resolution with this text on the last rendered page. */
    private static String formPath(EssaimWicketTester tester, String text) {
        var page = tester.getLastRenderedPage();
        String[] found = {null};
        page.visitChildren(org.apache.wicket.markup.html.form.Form.class, (f, visit) -> {
            var item = f.getParent();
            var r = (Resolution) item.getDefaultModelObject();
            if (r.text().equals(text) && f.isVisibleInHierarchy()) {
                found[0] = f.getPageRelativePath();
                visit.stop();
            }
        });
        assertTrue(found[0] != null, "a vote form for " + text);
        return found[0].replaceFirst("^.*?assemblies", "assemblies");
    }

    private Presence presence(Assembly a, long personId) {
        return g().assemblies().attendance(fixture.admin(), a.id()).stream().filter(x -> x.personId() == personId)
                .findFirst().orElseThrow().presence();
    }

    @SuppressWarnings("unchecked")
    private static int index(EssaimWicketTester tester, String path, long personId) {
        var choice = (DropDownChoice<Long>) tester.getComponentFromLastRenderedPage(path);
        return choice.getChoices().indexOf(personId);
    }
}
