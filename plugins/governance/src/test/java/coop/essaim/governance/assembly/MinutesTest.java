package coop.essaim.governance.assembly;

import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The minutes PDF of an assembly: attendance, quorum, each resolution's majority, counts and outcome. */
class MinutesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    private static final LocalDate DAY = LocalDate.of(2027, 6, 10);

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    /** Three present, one represented by the first; an open ballot adopted 2-1, a secret one rejected 1-2. */
    private Assembly held(Governance g) {
        Assembly a = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, DAY, "Tiers-lieu du Parc",
                "Approbation des comptes\nModification des statuts");
        List<Attendance> called = g.assemblies().attendance(fixture.admin(), a.id());
        for (int i = 0; i < 3; i++) {
            g.assemblies().attend(fixture.admin(), a.id(), called.get(i).personId(), Presence.PRESENT, null);
        }
        g.assemblies().attend(fixture.admin(), a.id(), called.get(3).personId(), Presence.REPRESENTED,
                called.get(0).personId());
        Resolution accounts = g.assemblies().addResolution(fixture.admin(), a.id(),
                "Approbation des comptes de l’exercice 2026", Majority.SIMPLE, false);
        Resolution statutes = g.assemblies().addResolution(fixture.admin(), a.id(),
                "Modification de l’article 12 des statuts", Majority.TWO_THIRDS, true);
        List<Choice> open = List.of(Choice.FOR, Choice.FOR, Choice.AGAINST);
        List<Choice> secret = List.of(Choice.FOR, Choice.AGAINST, Choice.AGAINST);
        g.assemblies().open(fixture.admin(), accounts.id());
        g.assemblies().open(fixture.admin(), statutes.id());
        for (int i = 0; i < 3; i++) {
            g.assemblies().recordVote(fixture.admin(), accounts.id(), called.get(i + 1).personId(), open.get(i));
            g.assemblies().recordVote(fixture.admin(), statutes.id(), called.get(i + 1).personId(), secret.get(i));
        }
        g.assemblies().close(fixture.admin(), accounts.id());
        g.assemblies().close(fixture.admin(), statutes.id());
        return a;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theMinutesHoldTheAttendanceTheQuorumAndEachResolutionsFigures() throws Exception {
        Governance g = fixture.on(DAY);
        Assembly a = held(g);
        int called = g.assemblies().attendance(fixture.admin(), a.id()).size();
        String text = text(g.assemblyDocuments().minutesPdf(fixture.admin(), a.id())).replace('\u00a0', ' ');
        assertTrue(text.contains("Procès-verbal"), text);
        assertTrue(text.contains("Assemblée générale ordinaire du 10 juin 2027")
                || text.contains("assemblée générale ordinaire du 10 juin 2027"), text);
        assertTrue(text.contains("Lieu : Tiers-lieu du Parc"), text);
        assertTrue(text.contains("Associés convoqués : " + called + " ; présents : 3 ; représentés : 1 ; absents : "
                + (called - 4)), text);
        assertTrue(text.contains("Quorum : 25 % requis, 4 associés présents ou représentés sur " + called
                + " : atteint"), text);
        assertTrue(text.contains("Résolution 1 (majorité simple)"), text);
        assertTrue(text.contains("Pour : 2 ; contre : 1 ; abstentions : 0"), text);
        assertTrue(text.contains("Adoptée"), text);
        assertTrue(text.contains("Résolution 2 (majorité des deux tiers, bulletin secret)"), text);
        assertTrue(text.contains("Pour : 1 ; contre : 2 ; abstentions : 0"), text);
        assertTrue(text.contains("Vote à bulletin secret : seuls les nombres de voix sont connus."), text);
        assertTrue(text.contains("Rejetée"), text);
        assertTrue(text.indexOf("Adoptée") < text.indexOf("Rejetée"), "each outcome under its resolution");
    }

    @Test
    void theApiAnswersThePdfToWhoeverReadsTheAssemblyAndA404ToOthers() throws Exception {
        Governance g = fixture.on(DAY);
        Assembly a = held(g);
        Assembly before = g.assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, LocalDate.of(2024, 6, 1),
                "Ancienne salle", "Avant le registre");
        ApiClient api = new ApiClient(essaim.baseUrl(), "governance");
        HttpResponse<byte[]> pdf = get(api.token("admin"), "assemblies/" + a.id() + "/minutes.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                .contains("proces-verbal-assemblee-" + a.id() + ".pdf"));
        assertTrue(text(pdf.body()).contains("Pour : 2 ; contre : 1 ; abstentions : 0"));
        String jeanne = api.token("jeanne");
        assertEquals(404, get(jeanne, "assemblies/" + before.id() + "/minutes.pdf").statusCode(), "not called");
        assertEquals(404, get(api.token("admin"), "assemblies/999999/minutes.pdf").statusCode());
    }

    @Test
    void theSecretaryDownloadsTheMinutesFromTheAssemblyPage() throws Exception {
        Governance g = fixture.on(DAY);
        Assembly a = held(g);
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(coop.essaim.governance.ui.AssemblyPage.class,
                new org.apache.wicket.request.mapper.parameter.PageParameters().set("id", a.id()));
        tester.assertContains("Procès-verbal \\(PDF\\)");
        tester.clickLink("minutes");
        byte[] body = tester.getLastResponse().getBinaryContent();
        assertTrue(tester.getLastResponse().getContentType().startsWith("application/pdf"));
        String text = text(body);
        assertTrue(text.contains("Rejetée"), text);
        assertFalse(text.contains("Résolution 3"));
    }

    private static HttpResponse<byte[]> get(String token, String path) throws Exception {
        URI uri = URI.create(essaim.baseUrl()).resolve("api/v1/governance/" + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
