package coop.essaim.web.internal.people;

import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.pages.NotFoundPage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people list and its export on the demo cooperative, for each role. */
class PeoplePagesTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    private UserContext admin() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
    }

    private long count(PersonQuery query) {
        return web.kernel().service(People.class).list(admin(), query).total();
    }

    private static int rows(BrowserTester tester) {
        return ((ListView<?>) tester.getComponentFromLastRenderedPage("people")).getList().size();
    }

    @Test
    void adviserSeesThePeopleListWithStatusSiteReferentAndDeadline(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people");
        tester.assertRenderedPage(PeoplePage.class);
        tester.assertContains("Emma André");
        tester.assertContains("Karim Benali");
        tester.assertContains(DemoMembers.LYON);
        tester.assertContains("Accompagnement");
        assertEquals(PeoplePage.PAGE_SIZE, rows(tester));
        tester.assertContains(count(PersonQuery.all(0, 1)) + " personnes");
        tester.assertVisible("newPerson");
        tester.assertVisible("next");
        tester.assertInvisible("previous");
        tester.clickLink("next");
        tester.assertRenderedPage(PeoplePage.class);
        tester.assertVisible("previous");
    }

    @Test
    void filtersAndSearchNarrowTheList(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people");
        FormTester form = tester.newFormTester("filters");
        form.select("status", 0);
        form.submit();
        tester.assertRenderedPage(PeoplePage.class);
        long received = count(PersonQuery.all(0, 1).withStatus("reception"));
        assertEquals(received, rows(tester));
        tester.assertContains("Camille Fournier");
        tester.assertContainsNot("Jeanne Martin");

        tester.executeUrl("people?q=martin");
        assertEquals(1, rows(tester));
        tester.assertContains("Jeanne Martin");

        tester.executeUrl("people?trade=couture&kind=MEMBER");
        assertEquals(1, rows(tester));
        tester.assertContains("Jeanne Martin");
    }

    @Test
    void csvExportHoldsEveryFilteredRowAcrossPages(BrowserTester tester) throws IOException {
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("people/export.csv?kind=MEMBER");
        assertEquals(200, tester.getLastResponse().getStatus());
        assertTrue(tester.getLastResponse().getContentType().startsWith("text/csv"));
        List<CSVRecord> records = parse(tester.getLastResponseAsString());
        long members = count(PersonQuery.all(0, 1).withKind(coop.essaim.api.people.PersonKind.MEMBER));
        assertTrue(members > PeoplePage.PAGE_SIZE, "the export must span several pages of the list");
        assertEquals(members, records.size());
        assertTrue(records.stream().allMatch(r -> r.get("kind").equals("MEMBER")));

        tester.executeUrl("people/export.csv?q=martin");
        records = parse(tester.getLastResponseAsString());
        assertEquals(1, records.size());
        assertEquals("Jeanne", records.get(0).get("given_name"));
        assertEquals("salaried", records.get(0).get("status"));
        assertEquals(DemoMembers.LYON, records.get(0).get("site"));
        assertEquals("Karim Benali", records.get(0).get("referent"));
    }

    @Test
    void entrepreneursListAndExportHoldOnlyHerself(BrowserTester tester) throws IOException {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("people");
        tester.assertRenderedPage(PeoplePage.class);
        assertEquals(1, rows(tester));
        tester.assertContains("Jeanne Martin");
        tester.assertContainsNot("Olivier Brun");
        tester.assertInvisible("newPerson");
        tester.executeUrl("people/export.csv");
        List<CSVRecord> records = parse(tester.getLastResponseAsString());
        assertEquals(1, records.size());
        assertEquals("Martin", records.get(0).get("family_name"));
    }

    @Test
    void entrepreneurOpeningAnotherPersonGetsNotFound(BrowserTester tester) {
        Person other = DemoUsers.person(web.kernel(), admin(), DemoMembers.OVERDUE_FAMILY);
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("people/" + other.id());
        tester.assertRenderedPage(NotFoundPage.class);
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.assertContainsNot(DemoMembers.OVERDUE_FAMILY);
        tester.executeUrl("people/not-a-number");
        tester.assertRenderedPage(NotFoundPage.class);
    }

    @Test
    void onlyThoseWhoManagePeopleOpenTheNewPersonForm(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("people");
        tester.assertInvisible("newPerson");
        tester.executeUrl("people/new");
        tester.assertRenderedPage(ForbiddenPage.class);
        assertEquals(403, tester.getLastResponse().getStatus());

        tester = web.newBrowser();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("people/new");
        tester.assertRenderedPage(ForbiddenPage.class);
    }

    @Test
    void menuShowsPeopleAndActivitiesToThoseWhoMayOpenThem(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.assertContains(">Personnes<");
        tester.assertContains(">Activités<");
        tester.assertContainsNot(">Mon espace<");

        tester = web.newBrowser();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.assertContains(">Mon espace<");
        tester.clickLink("en");
        tester.assertContains(">My space<");
        tester.assertContains(">Activities<");
    }

    @Test
    void listSpeaksEnglish(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.clickLink("en");
        tester.executeUrl("people?status=salaried");
        tester.assertContains("CSV export");
        tester.assertContains("Salaried");
        tester.assertContains("Jeanne Martin");
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(PeopleCsvResource.HEADER, parser.getHeaderNames());
            return records;
        }
    }
}
