package coop.essaim.web.internal.forms;

import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.people.NewPersonPage;
import coop.essaim.web.internal.people.PersonPage;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A control character typed or pasted into any text field is refused beside that field, and nothing is saved. */
class NoControlCharactersTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    private long people() {
        UserContext admin = DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
        return web.kernel().service(People.class).list(admin, PersonQuery.all(0, 1)).total();
    }

    @Test
    void aNulInANameIsRefusedBesideTheFieldAndNobodyIsCreated(BrowserTester tester) {
        long before = people();
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/new");
        FormTester form = newPerson(tester, "Pa\u0000ul", "Es\u001bsai");
        form.submit();
        tester.assertRenderedPage(NewPersonPage.class);
        List<FeedbackMessage> given = tester.getComponentFromLastRenderedPage("form:givenName").getFeedbackMessages()
                .toList();
        assertEquals(1, given.size(), "the given name is refused");
        String message = given.get(0).getMessage().toString();
        assertTrue(message.contains("U+0000") && message.contains("caractère de contrôle"), message);
        assertEquals(1, tester.getComponentFromLastRenderedPage("form:familyName").getFeedbackMessages().size(),
                "the escape character in the family name too");
        assertEquals(before, people(), "nothing is created");
    }

    @Test
    void tabsAndLineBreaksAreText(BrowserTester tester) {
        long before = people();
        KernelFixture.logIn(tester, CoreRoles.ADVISER);
        tester.executeUrl("people/new");
        FormTester form = newPerson(tester, "Paul", "Essai");
        form.setValue("trades", "menuiserie,\tébénisterie");
        form.submit();
        tester.assertRenderedPage(PersonPage.class);
        assertEquals(before + 1, people());
    }

    private static FormTester newPerson(BrowserTester tester, String given, String family) {
        FormTester form = tester.newFormTester("form");
        form.select("kind", 0);
        form.setValue("givenName", given);
        form.setValue("familyName", family);
        form.setValue("birthDate", "1990-04-12");
        form.select("establishment", 0);
        return form;
    }
}
