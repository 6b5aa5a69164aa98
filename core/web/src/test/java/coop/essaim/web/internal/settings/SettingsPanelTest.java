package coop.essaim.web.internal.settings;

import coop.essaim.api.people.AdviserReach;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.cooperative.CooperativePage;
import coop.essaim.web.testmodule.TestSettings;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The generic settings of the cooperative page: the core's and a module's, saved one by one, refused by field. */
class SettingsPanelTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    /** Shown in order: the core's adviser reach, then the test module's rounding and ceiling. */
    private static final String REACH = "settings:settings:0:form";
    private static final String ROUNDING = "settings:settings:1:form";
    private static final String CEILING = "settings:settings:2:form";

    private static long coop() {
        return DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR).cooperativeId();
    }

    private static CooperativeSettings settings() {
        return web.kernel().service(CooperativeSettings.class);
    }

    @Test
    void theCoreAndModuleSettingsShowTheirLabelsAndChoicesAndSaveOneByOne(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.startPage(CooperativePage.class);
        tester.assertContains("Portée des chargé·es d’accompagnement au-delà de leur portefeuille");
        tester.assertContains("Gèrent leur portefeuille, consultent les autres");
        tester.assertContains("Arrondi du module");
        tester.assertContains("En dessous");
        tester.assertContains("Plafond du module");
        // the SMTP server and the retention period keep their own panels
        assertFalse(tester.getLastResponseAsString().contains("setting.mail"));

        FormTester reach = tester.newFormTester(REACH);
        reach.select("choice", 2);
        reach.submit("save");
        assertEquals(Optional.of(AdviserReach.PORTFOLIO.name()), settings().value(coop(), AdviserReach.SETTING));
        tester.assertContains("Réglage enregistré : Portée des chargé·es");

        FormTester rounding = tester.newFormTester(ROUNDING);
        rounding.select("choice", 1);
        rounding.submit("save");
        assertEquals(Optional.of("DOWN"), settings().value(coop(), TestSettings.ROUNDING));

        tester.newFormTester(REACH).submit("reset");
        assertFalse(settings().isSet(coop(), AdviserReach.SETTING));
        assertEquals(Optional.of(AdviserReach.DEFAULT.name()), settings().value(coop(), AdviserReach.SETTING));
        assertEquals(Optional.of("DOWN"), settings().value(coop(), TestSettings.ROUNDING));
        settings().reset(DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR), TestSettings.ROUNDING);
    }

    @Test
    void aValueThatDoesNotFitIsRefusedBesideItsFieldAndNothingIsSaved(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ADMINISTRATOR);
        tester.startPage(CooperativePage.class);
        FormTester ceiling = tester.newFormTester(CEILING);
        ceiling.setValue("text", "beaucoup");
        ceiling.submit("save");
        tester.assertRenderedPage(CooperativePage.class);
        tester.assertContains("Indiquez un nombre, avec un point pour les décimales");
        assertFalse(tester.getLastResponseAsString().contains("Réglage enregistré"));
        assertFalse(settings().isSet(coop(), TestSettings.CEILING));
        assertEquals(Optional.of("5000.00"), settings().value(coop(), TestSettings.CEILING));
    }
}
