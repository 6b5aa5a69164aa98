package coop.essaim.web.internal.cooperative;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.demo.DemoCooperative;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.util.tester.FormTester;
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
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cooperative's profile page: identity, logo (and the resource that serves it) and retention setting. */
class CooperativePageTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo();

    private static UserContext admin() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR);
    }

    private static CooperativeProfile profile() {
        return web.kernel().service(CooperativeProfile.class);
    }

    /** A real 2×2 PNG, as an image tool writes it. */
    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xD4A017);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    private static org.apache.wicket.util.file.File file(Path folder, String name, byte[] content)
            throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, content);
        return new org.apache.wicket.util.file.File(path.toFile());
    }

    @Test
    void theAdministratorSavesTheIdentityAndSeesTheKernelsVatErrorBesideTheField(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.assertContains(">Coopérative<");
        tester.executeUrl("cooperative");
        tester.assertRenderedPage(CooperativePage.class);
        tester.assertLabel("legalName", DemoCooperative.LEGAL_NAME);
        tester.assertLabel("currency", "EUR");

        FormTester form = tester.newFormTester("identity:form");
        form.setValue("registrationNumber", "123 456 789");
        form.setValue("registrationOffice", "RCS Lyon");
        form.setValue("vatNumber", "FR 12 123456789");
        form.setValue("city", "Lyon");
        form.setValue("country", "fr");
        form.setValue("website", "https://essaim.example");
        form.submit();
        tester.assertRenderedPage(CooperativePage.class);
        tester.assertContains("L’identité de la coopérative est enregistrée.");
        CooperativeIdentity saved = profile().identity(admin());
        assertEquals("FR12123456789", saved.vatNumber());
        assertEquals("FR", saved.address().country());
        assertEquals("RCS Lyon", saved.registrationOffice());
        tester.assertModelValue("identity:form:vatNumber", "FR12123456789");

        form = tester.newFormTester("identity:form");
        form.setValue("vatNumber", "12-ABC");
        form.setValue("website", "essaim.example");
        form.submit();
        tester.assertRenderedPage(CooperativePage.class);
        assertEquals(1, tester.getComponentFromLastRenderedPage("identity:form:vatNumber").getFeedbackMessages()
                .size());
        assertEquals(1, tester.getComponentFromLastRenderedPage("identity:form:website").getFeedbackMessages()
                .size());
        tester.assertContains("Indiquez le numéro de TVA comme l’écrit l’UE");
        assertEquals(saved, profile().identity(admin()));
    }

    @Test
    void aPngLogoIsStoredAndServedWithItsTypeAnSvgIsRefusedAndTheLogoCanBeRemoved(BrowserTester tester,
                                                                                @TempDir Path folder)
            throws IOException {
        byte[] png = png();
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("cooperative");
        tester.assertVisible("logo:none");
        FormTester form = tester.newFormTester("logo:upload");
        form.setFile("logo", file(folder, "logo.png", png), "image/png");
        form.submit();
        tester.assertContains("Le logo est enregistré.");
        tester.assertVisible("logo:image");
        assertArrayEquals(png, profile().logo(admin().cooperativeId()).orElseThrow().content());

        tester.executeUrl("cooperative/logo");
        assertEquals(200, tester.getLastResponse().getStatus());
        assertEquals("image/png", tester.getLastResponse().getContentType());
        assertEquals("nosniff", tester.getLastResponse().getHeader("X-Content-Type-Options"));
        assertTrue(tester.getLastResponse().getHeader("Cache-Control").startsWith("private"),
                tester.getLastResponse().getHeader("Cache-Control"));
        assertArrayEquals(png, tester.getLastResponse().getBinaryContent());

        tester.executeUrl("cooperative");
        form = tester.newFormTester("logo:upload");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        form.setFile("logo", file(folder, "logo.png.svg", svg.getBytes(StandardCharsets.UTF_8)), "image/png");
        form.submit();
        tester.assertContains("Le logo doit être une image PNG ou JPEG.");
        assertEquals(1, tester.getComponentFromLastRenderedPage("logo:upload:logo").getFeedbackMessages().size());
        assertArrayEquals(png, profile().logo(admin().cooperativeId()).orElseThrow().content());

        BrowserTester visitor = web.newBrowser();
        visitor.executeUrl("cooperative/logo");
        assertEquals(401, visitor.getLastResponse().getStatus());
        KernelFixture.logIn(visitor, CoreRoles.ENTREPRENEUR);
        visitor.executeUrl("cooperative/logo");
        assertEquals(200, visitor.getLastResponse().getStatus());

        visitor = web.newBrowser();
        KernelFixture.logIn(visitor, CoreRoles.ADMINISTRATOR);
        visitor.executeUrl("cooperative");
        visitor.newFormTester("logo:remove").submit();
        visitor.assertContains("Le logo a été retiré.");
        assertEquals(Optional.empty(), profile().logo(admin().cooperativeId()));
        visitor.executeUrl("cooperative/logo");
        assertEquals(404, visitor.getLastResponse().getStatus());
    }

    @Test
    void theRetentionPeriodIsAnIntegerOfMonths(BrowserTester tester) {
        CooperativeSettings settings = web.kernel().service(CooperativeSettings.class);
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.executeUrl("cooperative");
        tester.assertModelValue("retention:form:retention", 60L);
        FormTester form = tester.newFormTester("retention:form");
        form.setValue("retention", "-3");
        form.submit();
        assertEquals(1, tester.getComponentFromLastRenderedPage("retention:form:retention").getFeedbackMessages()
                .size());
        assertEquals(Optional.of("60"), settings.value(admin().cooperativeId(), PersonalData.RETENTION_SETTING));

        form = tester.newFormTester("retention:form");
        form.setValue("retention", "72");
        form.submit();
        tester.assertContains("La durée de conservation est enregistrée.");
        assertEquals(Optional.of("72"), settings.value(admin().cooperativeId(), PersonalData.RETENTION_SETTING));
        settings.change(admin(), PersonalData.RETENTION_SETTING, "60");
    }

    @Test
    void onlyTheAdministratorOpensThePage(BrowserTester tester) {
        for (String role : List.of(CoreRoles.ADVISER, CoreRoles.ACCOUNTANT, CoreRoles.ENTREPRENEUR)) {
            tester = web.newBrowser();
            KernelFixture.logIn(tester, role);
            tester.assertContainsNot(">Coopérative<");
            tester.executeUrl("cooperative");
            tester.assertRenderedPage(ForbiddenPage.class);
            assertEquals(403, tester.getLastResponse().getStatus());
        }
    }
}
