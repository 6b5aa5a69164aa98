package coop.essaim.tradegroups.ui;

import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.tradegroups.TradeFixture;
import coop.essaim.tradegroups.api.GridDraft;
import coop.essaim.tradegroups.api.GridEdition;
import coop.essaim.tradegroups.api.GridLine;
import coop.essaim.tradegroups.api.Meeting;
import coop.essaim.tradegroups.api.RateUnit;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.internal.TradeGroups;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static coop.essaim.tradegroups.TradeFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages as the administrator, a group's coordinator (Anaïs Henry), a member (Mathis Chevalier) and Jeanne (in
 * no group) use them; every page is kept between requests (the tester checks it serializes).
 */
class TradeGroupsPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TradeFixture.kit();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final TradeFixture fixture = new TradeFixture(essaim);

    /** The real clock, as the pages use it. */
    private TradeGroups services() {
        return TradeGroups.of(essaim.modules().context("trade-groups").orElseThrow());
    }

    private TradeGroup translators() {
        TradeGroup g = services().groups().create(fixture.admin(), "Interprètes " + NAMES.incrementAndGet(),
                "interprétariat", null);
        services().groups().addMember(fixture.admin(), g.id(), fixture.member("Henry"), LocalDate.of(2025, 9, 1));
        services().groups().addMember(fixture.admin(), g.id(), fixture.member("Chevalier"), LocalDate.of(2025, 9, 1));
        fixture.login("Henry");
        fixture.login("Chevalier");
        return services().groups().setCoordinator(fixture.admin(), g.id(), fixture.member("Henry"));
    }

    private static PageParameters id(TradeGroup g) {
        return new PageParameters().set("id", g.id());
    }

    @Test
    void theAdministratorCreatesAGroupAddsAMemberAndNamesItsCoordinator() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(GroupsPage.class);
        tester.assertRenderedPage(GroupsPage.class);
        tester.assertContains("Collectifs de métiers");
        FormTester bad = tester.newFormTester("createForm");
        bad.setValue("name", "");
        bad.setValue("trade", "menuiserie");
        bad.submit();
        tester.assertContains("Nom : Obligatoire.");

        String name = "Menuisiers " + NAMES.incrementAndGet();
        FormTester form = tester.newFormTester("createForm");
        form.setValue("name", name);
        form.setValue("trade", "menuiserie");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(GroupPage.class);
        tester.assertContains(name);
        TradeGroup g = services().groups().list(fixture.admin()).stream().filter(s -> s.name().equals(name))
                .map(s -> services().groups().readable(fixture.admin(), s.id())).findFirst().orElseThrow();

        List<Long> people = services().groups().candidates(fixture.admin()).stream().map(p -> p.id()).toList();
        FormTester add = tester.newFormTester("memberForm");
        add.select("person", people.indexOf(fixture.member("Roche")));
        add.setValue("from", "2026-02-01");
        add.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Baptiste Roche");
        FormTester coordinator = tester.newFormTester("coordinatorForm");
        coordinator.select("person", 0);
        coordinator.submit();
        tester.assertNoErrorMessage();
        assertEquals(fixture.member("Roche"), services().groups().readable(fixture.admin(), g.id()).coordinatorId());
    }

    @Test
    void theCoordinatorRecordsAMeetingTheMemberReadsItJeanneGets404ThenJoins() {
        TradeGroup g = translators();
        LocalDate day = LocalDate.now().minusDays(2);
        EssaimWicketTester henry = essaim.wicketTester().logInDemo("henry");
        henry.startPage(GroupPage.class, id(g));
        henry.assertRenderedPage(GroupPage.class);
        henry.assertVisible("meetingForm");
        henry.assertInvisible("memberForm");
        FormTester bad = henry.newFormTester("meetingForm");
        bad.setValue("date", day.toString());
        bad.setValue("theme", "Les glossaires partagés");
        bad.setValue("resourceTitle", "Glossaire");
        bad.setValue("resourceUrl", "http://example.org/glossaire");
        bad.submit();
        henry.assertContains("Lien \\(https\\) : Une adresse https est attendue");
        assertTrue(services().meetings().meetings(fixture.admin(), g.id()).isEmpty());

        FormTester form = henry.newFormTester("meetingForm");
        form.setValue("date", day.toString());
        form.setValue("theme", "Les glossaires partagés");
        form.select("presenter", 1);
        form.setValue("presences:1:present", true);
        form.setValue("notes", "Chacun apporte son glossaire.");
        form.setValue("resourceTitle", "Glossaire commun");
        form.setValue("resourceUrl", "https://example.org/glossaire");
        form.submit();
        henry.assertNoErrorMessage();
        Meeting m = services().meetings().meetings(fixture.admin(), g.id()).get(0);
        assertEquals(fixture.member("Chevalier"), m.presenterId());
        assertEquals(1, m.presentCount());
        henry.assertContains("Les glossaires partagés");
        henry.assertContains("1 / 2 : Mathis Chevalier");

        EssaimWicketTester chevalier = essaim.wicketTester().logInDemo("chevalier");
        chevalier.startPage(GroupPage.class, id(g));
        chevalier.assertRenderedPage(GroupPage.class);
        chevalier.assertContains("Chacun apporte son glossaire.");
        chevalier.assertContains("https://example.org/glossaire");
        chevalier.assertInvisible("meetingForm");
        chevalier.assertInvisible("gridEdition");

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(GroupPage.class, id(g));
        assertEquals(404, jeanne.getLastResponse().getStatus());
        jeanne.startPage(GroupsPage.class);
        jeanne.assertRenderedPage(GroupsPage.class);
        jeanne.assertContains(g.name());
        assertFalse(jeanne.getLastResponseAsString().contains("Chacun apporte son glossaire."));
        FormTester search = jeanne.newFormTester("tradeForm");
        search.setValue("trade", "Interprétariat");
        search.submit();
        jeanne.assertContains(g.name());
        int row = services().groups().list(fixture.jeanne()).stream().map(s -> s.id()).toList().indexOf(g.id());
        jeanne.clickLink("groups:" + row + ":join");
        jeanne.assertNoErrorMessage();
        jeanne.assertRenderedPage(GroupPage.class);
        jeanne.assertContains("Chacun apporte son glossaire.");
        jeanne.assertContains("Jeanne Martin");
    }

    @Test
    void theCoordinatorPublishesAGridEditionEveryoneReadsItAndAMemberGets403() {
        TradeGroup g = translators();
        EssaimWicketTester henry = essaim.wicketTester().logInDemo("henry");
        henry.startPage(GridEditionPage.class, new PageParameters().set("group", g.id()));
        henry.assertRenderedPage(GridEditionPage.class);
        FormTester bad = henry.newFormTester("gridForm");
        bad.select("unit", RateUnit.HOUR.ordinal());
        bad.setValue("validFrom", "2026-01-01");
        bad.setValue("lines:0:label", "Interprétation de liaison");
        bad.setValue("lines:0:minimum", "0");
        bad.submit();
        henry.assertContains("Prix minimum HT : Un minimum supérieur à zéro est attendu.");
        assertTrue(services().grids().history(fixture.admin(), g.id()).isEmpty());

        FormTester form = henry.newFormTester("gridForm");
        form.select("unit", RateUnit.HOUR.ordinal());
        form.setValue("validFrom", "2026-01-01");
        form.setValue("lines:0:label", "Interprétation de liaison");
        form.setValue("lines:0:minimum", "85,00");
        form.setValue("lines:1:label", "Interprétation de conférence");
        form.setValue("lines:1:minimum", "120");
        form.submit();
        henry.assertNoErrorMessage();
        henry.assertRenderedPage(GridsPage.class);
        List<GridEdition> history = services().grids().history(fixture.admin(), g.id());
        assertEquals(1, history.size());
        assertEquals(List.of(new GridLine("Interprétation de liaison", eur(8_500)),
                new GridLine("Interprétation de conférence", eur(12_000))), history.get(0).lines());

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(GridsPage.class, new PageParameters().set("trade", "interprétariat"));
        jeanne.assertRenderedPage(GridsPage.class);
        jeanne.assertContains("Interprétation de conférence");
        jeanne.assertContains("120,00");
        jeanne.assertContains("Anaïs Henry");
        FormTester filter = jeanne.newFormTester("filter");
        filter.setValue("trade", "interprétariat");
        filter.setValue("on", "2025-12-31");
        filter.submit();
        assertFalse(jeanne.getLastResponseAsString().contains("Interprétation de conférence"));

        jeanne.startPage(GridEditionPage.class, new PageParameters().set("group", g.id()));
        assertEquals(404, jeanne.getLastResponse().getStatus());
        services().grids().publish(fixture.admin(), g.id(), new GridDraft(RateUnit.HOUR, LocalDate.now(),
                List.of(new GridLine("Interprétation de liaison", eur(9_000)))));
        jeanne.startPage(GridsPage.class);
        jeanne.assertContains("90,00");

        // each tester is its own browser; the one made last is the one whose session the thread holds
        EssaimWicketTester chevalier = essaim.wicketTester().logInDemo("chevalier");
        chevalier.startPage(GridEditionPage.class, new PageParameters().set("group", g.id()));
        assertEquals(403, chevalier.getLastResponse().getStatus());
    }
}
