package ${package}.ui;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.feedback.ErrorLevelFeedbackMessageFilter;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The page in the real web application (WicketTester), as an adviser and as an entrepreneur sees it. */
class NotesPageTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes"));

    @Test
    void adviserAddsANoteAndSeesIt() {
        EssaimWicketTester tester = essaim.wicketTester().logIn(essaim.userWithRole(CoreRoles.ADVISER));
        tester.startPage(NotesPage.class);
        tester.assertRenderedPage(NotesPage.class);
        tester.assertVisible("form");
        FormTester form = tester.newFormTester("form");
        form.setValue("body", "Appeler le client");
        form.submit();
        tester.assertRenderedPage(NotesPage.class);
        tester.assertNoErrorMessage();
        tester.assertContains("Appeler le client");
    }

    @Test
    void emptyNoteIsRefused() {
        EssaimWicketTester tester = essaim.wicketTester().logIn(essaim.userWithRole(CoreRoles.ADVISER));
        tester.startPage(NotesPage.class);
        FormTester form = tester.newFormTester("form");
        form.setValue("body", "");
        form.submit();
        assertFalse(tester.getFeedbackMessages(new ErrorLevelFeedbackMessageFilter(FeedbackMessage.ERROR)).isEmpty(),
                "a required-field error is shown");
    }

    @Test
    void entrepreneurReadsWithoutTheForm() {
        EssaimWicketTester tester = essaim.wicketTester().logIn(essaim.userWithRole(CoreRoles.ENTREPRENEUR));
        tester.startPage(NotesPage.class);
        tester.assertRenderedPage(NotesPage.class);
        tester.assertInvisible("form");
    }
}
