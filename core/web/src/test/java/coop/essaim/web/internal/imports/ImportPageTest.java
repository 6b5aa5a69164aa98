package coop.essaim.web.internal.imports;

import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.people.PeoplePage;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The import page: a mixed file is reported line by line and writes nothing, then its valid lines go in. */
class ImportPageTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    /** Line 3: an unknown site; line 5: a date that is none; lines 2 and 4 are valid. */
    private static final String MIXED = """
            given_name,family_name,email,site,birth_date
            Paula,Importée,paula.import@example.org,Villeurbanne,1990-05-01
            Marc,Refusé,marc.import@example.org,Grenoble,
            Lina,Valide,lina.import@example.org,Villeurbanne,
            Tom,Datefausse,tom.import@example.org,Villeurbanne,1979-13-01
            """;

    private long count(String search) {
        UserContext admin = DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
        return web.kernel().service(People.class).list(admin, PersonQuery.all(0, 50).withSearch(search)).total();
    }

    private static org.apache.wicket.util.file.File file(Path folder, String name, byte[] content)
            throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, content);
        return new org.apache.wicket.util.file.File(path.toFile());
    }

    @Test
    void aMixedFileShowsItsProblemsWritesNothingThenItsValidLinesAreImported(BrowserTester tester,
                                                                              @TempDir Path folder)
            throws IOException {
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people");
        tester.clickLink("import");
        tester.assertRenderedPage(ImportPage.class);
        tester.assertContains("code analytique");

        FormTester form = tester.newFormTester("form");
        form.setFile("file", file(folder, "people.csv", MIXED.getBytes(StandardCharsets.UTF_8)), "text/csv");
        form.select("kind", 0);
        form.select("mode", 1); // all or nothing
        form.submit();
        tester.assertRenderedPage(ImportPage.class);
        tester.assertLabel("report:lines", "4");
        tester.assertLabel("report:imported", "0");
        tester.assertLabel("report:written", "Non, rien n’a été écrit");
        assertEquals(2, ((ListView<?>) tester.getComponentFromLastRenderedPage("report:problemTable:problems"))
                .getList().size());
        tester.assertLabel("report:problemTable:problems:0:line", "3");
        tester.assertLabel("report:problemTable:problems:0:column", "site");
        tester.assertContains("Aucun établissement ne s’appelle « Grenoble ».");
        tester.assertLabel("report:problemTable:problems:1:line", "5");
        tester.assertLabel("report:problemTable:problems:1:column", "birth_date");
        assertEquals(0, count("Importée"));
        assertEquals(0, count("Valide"));

        tester.assertVisible("validLines");
        tester.newFormTester("validLines").submit();
        tester.assertRenderedPage(ImportPage.class);
        tester.assertLabel("report:imported", "2");
        tester.assertLabel("report:written", "Oui");
        tester.assertContains("2 lignes importées sur 4.");
        tester.assertInvisible("validLines");
        assertEquals(1, count("Importée"));
        assertEquals(1, count("Valide"));
        assertEquals(0, count("Refusé"));
    }

    @Test
    void aCleanCheckWritesNothingAndOffersNoSecondStep(BrowserTester tester, @TempDir Path folder)
            throws IOException {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("people/import");
        FormTester form = tester.newFormTester("form");
        form.setFile("file", file(folder, "ok.csv", "prénom;nom;établissement\nCamille;Vérifiée;Villeurbanne\n"
                .getBytes(StandardCharsets.UTF_8)), "text/csv");
        form.select("kind", 0);
        form.select("mode", 0);
        form.submit();
        tester.assertLabel("report:lines", "1");
        tester.assertVisible("report:noProblem");
        tester.assertInvisible("validLines");
        assertEquals(0, count("Vérifiée"));
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBesideTheField(BrowserTester tester, @TempDir Path folder)
            throws IOException {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/import");
        FormTester form = tester.newFormTester("form");
        form.setFile("file", file(folder, "big.csv", big), "text/csv");
        form.submit();
        tester.assertRenderedPage(ImportPage.class);
        tester.assertContains("Ce fichier dépasse 5 Mo");
        assertEquals(1, tester.getComponentFromLastRenderedPage("form:file").getFeedbackMessages().size());
        tester.assertInvisible("report");
    }

    @Test
    void anEntrepreneurAndAnAccountantAreRefusedThePageAndSeeNoLink(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("people/import");
        tester.assertRenderedPage(ForbiddenPage.class);
        assertEquals(403, tester.getLastResponse().getStatus());

        tester = web.newBrowser();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("people/import");
        tester.assertRenderedPage(ForbiddenPage.class);
        tester.executeUrl("people");
        tester.assertRenderedPage(PeoplePage.class);
        tester.assertInvisible("import");
    }
}
