package coop.essaim.web.internal.activities;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brand panel of the activity page and the resource serving the activity's logo. */
class ActivityBrandingPanelTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    private static UserContext admin() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
    }

    private static ActivityBranding branding() {
        return web.kernel().service(ActivityBranding.class);
    }

    private static Activity activity(String name) {
        return DemoUsers.activity(web.kernel(), admin(), name);
    }

    @BeforeEach
    void noBrandYet() {
        for (String name : new String[] {DemoMembers.JEANNE_ACTIVITY, DemoMembers.GROUP_ACTIVITY}) {
            branding().removeLogo(admin(), activity(name).id());
            branding().changeSender(admin(), activity(name).id(), ActivitySender.NONE);
        }
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xB8860B);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    private static org.apache.wicket.util.file.File file(Path folder, String name, byte[] content) throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, content);
        return new org.apache.wicket.util.file.File(path.toFile());
    }

    @Test
    void jeanneSendsHerLogoAndSenderAndSeesTheKernelsRefusalsBesideTheFields(BrowserTester tester,
                                                                            @TempDir Path folder) throws IOException {
        long own = activity(DemoMembers.JEANNE_ACTIVITY).id();
        byte[] png = png();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("activities/" + own);
        tester.assertVisible("branding:none");
        tester.assertInvisible("branding:shown");
        FormTester form = tester.newFormTester("branding:upload");
        form.setFile("logo", file(folder, "fil-or.png", png), "image/png");
        form.submit();
        tester.assertContains("Le logo de l’activité est enregistré.");
        tester.assertVisible("branding:image");
        assertArrayEquals(png, branding().logo(admin(), own).orElseThrow().content());

        tester.executeUrl("activities/" + own);
        form = tester.newFormTester("branding:upload");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        form.setFile("logo", file(folder, "logo.png", svg.getBytes(StandardCharsets.UTF_8)), "image/png");
        form.submit();
        tester.assertContains("Le logo doit être une image PNG ou JPEG");
        assertEquals(1, tester.getComponentFromLastRenderedPage("branding:upload:logo").getFeedbackMessages().size());
        assertArrayEquals(png, branding().logo(admin(), own).orElseThrow().content());

        tester.executeUrl("activities/" + own);
        form = tester.newFormTester("branding:sender");
        form.setValue("email", "jeanne@localhost");
        form.setValue("name", "Fil d'Or");
        form.submit();
        assertEquals(1, tester.getComponentFromLastRenderedPage("branding:sender:email").getFeedbackMessages().size());
        assertEquals(ActivitySender.NONE, branding().sender(admin(), own));
        form = tester.newFormTester("branding:sender");
        form.setValue("email", "jeanne@fil-or.example");
        form.setValue("name", "Fil d'Or");
        form.submit();
        tester.assertContains("L’expéditeur de l’activité est enregistré.");
        assertEquals(new ActivitySender("jeanne@fil-or.example", "Fil d'Or"), branding().sender(admin(), own));

        tester.executeUrl("activities/logo?id=" + own);
        assertEquals(200, tester.getLastResponse().getStatus());
        assertEquals("image/png", tester.getLastResponse().getContentType());
        assertEquals("nosniff", tester.getLastResponse().getHeader("X-Content-Type-Options"));
        assertArrayEquals(png, tester.getLastResponse().getBinaryContent());

        tester.executeUrl("activities/" + own);
        tester.newFormTester("branding:remove").submit();
        tester.assertContains("Le logo de l’activité a été retiré.");
        tester.executeUrl("activities/logo?id=" + own);
        assertEquals(404, tester.getLastResponse().getStatus());
    }

    @Test
    void anotherActivitysLogoIsNotFoundForJeanneAndForAVisitorItNeedsALogin(BrowserTester tester) throws IOException {
        long group = activity(DemoMembers.GROUP_ACTIVITY).id();
        branding().changeLogo(admin(), group, png());
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("activities/logo?id=" + group);
        assertEquals(404, tester.getLastResponse().getStatus());
        tester.executeUrl("activities/logo?id=oops");
        assertEquals(404, tester.getLastResponse().getStatus());

        BrowserTester visitor = web.newBrowser();
        visitor.executeUrl("activities/logo?id=" + group);
        assertEquals(401, visitor.getLastResponse().getStatus());
        KernelFixture.logIn(visitor, CoreRoles.ACCOUNTANT);
        visitor.executeUrl("activities/logo?id=" + group);
        assertEquals(200, visitor.getLastResponse().getStatus());
    }

    @Test
    void theAccountantReadsTheSenderButHasNoFormToChangeIt(BrowserTester tester) {
        long own = activity(DemoMembers.JEANNE_ACTIVITY).id();
        branding().changeSender(admin(), own, new ActivitySender("jeanne@fil-or.example", "Fil d'Or"));
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("activities/" + own);
        tester.assertInvisible("branding:upload");
        tester.assertInvisible("branding:sender");
        tester.assertInvisible("branding:remove");
        tester.assertLabel("branding:shown:shownEmail", "jeanne@fil-or.example");
        assertEquals("Fil d'Or", tester.getComponentFromLastRenderedPage("branding:shown:shownName")
                .getDefaultModelObject());
    }

    @Test
    void thePanelSpeaksEnglishToAnEnglishUser(BrowserTester tester) {
        long own = activity(DemoMembers.JEANNE_ACTIVITY).id();
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.getSession().setLocale(java.util.Locale.ENGLISH);
        tester.executeUrl("activities/" + own);
        tester.assertContains("No logo: documents show the cooperative's.");
        tester.assertContains("Reply-to address");
    }
}
