package coop.essaim.testkit;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.testkit.fixture.notes.NotesPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The plugin's page in the real web application, for a user allowed to open it and one who is not. */
class EssaimWicketTesterTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/test-classes"));

    @Test
    void adviserSeesThePluginPage() {
        EssaimWicketTester tester = essaim.wicketTester().logIn(essaim.userWithRole(CoreRoles.ADVISER));
        tester.startPage(NotesPage.class);
        tester.assertRenderedPage(NotesPage.class);
        tester.assertContains("Notes of <span>Test adviser</span>");
    }

    @Test
    void entrepreneurIsRefusedThePage() {
        EssaimWicketTester tester = essaim.wicketTester().logIn(essaim.userWithRole(CoreRoles.ENTREPRENEUR));
        tester.executeUrl("m/notes/notes");
        assertNotEquals(NotesPage.class, tester.getLastRenderedPage().getClass());
        tester.assertContainsNot("Notes of");
        assertEquals(403, tester.getLastResponse().getStatus());
    }
}
