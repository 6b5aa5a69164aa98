package coop.essaim.brandgroups.ui;

import coop.essaim.api.people.Activity;
import coop.essaim.brandgroups.GroupsFixture;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MonthSplit;
import coop.essaim.brandgroups.api.RuleDraft;
import coop.essaim.brandgroups.api.RuleEdition;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.brandgroups.internal.BrandGroups;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages as the adviser, the administrator, a member of a group and Jeanne (in no group) use them. */
class BrandGroupsPagesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GroupsFixture.kit();

    private final GroupsFixture fixture = new GroupsFixture(essaim);

    /** The real clock: the pages split months before the current one. */
    private BrandGroups services() {
        return BrandGroups.of(essaim.modules().context("brand-groups").orElseThrow());
    }

    private BrandGroup group(String name) {
        Activity a = fixture.newActivity(name, LocalDate.of(2026, 1, 1));
        return services().groups().create(fixture.admin(), a.id(), name + " marque");
    }

    @Test
    void theAdministratorListsTheGroupsAndMakesOneOfAnActivity() {
        Activity a = fixture.newActivity("Atelier Page", LocalDate.of(2026, 1, 1));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("admin");
        tester.startPage(GroupsPage.class);
        tester.assertRenderedPage(GroupsPage.class);
        tester.assertContains("Groupes de marque");
        FormTester form = tester.newFormTester("createForm");
        form.select("activity", indexOf(tester, a));
        form.setValue("brand", "");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertRenderedPage(GroupPage.class);
        tester.assertContains("Atelier Page \\(marque\\)");
        tester.startPage(GroupsPage.class);
        tester.assertContains("Atelier Page \\(marque\\)");
    }

    private int indexOf(EssaimWicketTester tester, Activity a) {
        List<Activity> candidates = services().groups().candidates(fixture.admin());
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).id() == a.id()) {
                return i;
            }
        }
        throw new AssertionError(a.name() + " is not offered");
    }

    @Test
    void theAdviserRecordsARuleEditionThenSplitsAMonthOnTheGroupsPage() {
        BrandGroup g = group("Atelier Formulaire");
        YearMonth last = YearMonth.now().minusMonths(1);
        fixture.invoice(g.activityId(), last.atDay(5), 100_000);
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("conseil");
        tester.startPage(GroupPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .set("id", g.id()));
        tester.assertRenderedPage(GroupPage.class);
        tester.assertContains("Compte du groupe, mois par mois");
        tester.assertContains("Aucune règle en vigueur");

        FormTester bad = tester.newFormTester("ruleForm");
        bad.select("kind", SplitKind.FIXED_PERCENT.ordinal());
        bad.setValue("validFrom", last.toString());
        bad.setValue("decidedBy", "Réunion des membres");
        bad.setValue("members:0:percent", "50");
        bad.setValue("members:1:percent", "30");
        bad.setValue("members:2:percent", "10");
        bad.submit();
        tester.assertContains("Membres : Les pourcentages totalisent 90 % au lieu de 100 %.");
        assertTrue(services().rules().editions(fixture.adviser(), g.id()).isEmpty());

        FormTester form = tester.newFormTester("ruleForm");
        form.select("kind", SplitKind.FIXED_PERCENT.ordinal());
        form.setValue("validFrom", last.toString());
        form.setValue("decidedBy", "Réunion des membres");
        form.setValue("members:0:percent", "50");
        form.setValue("members:1:percent", "30");
        form.setValue("members:2:percent", "20");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("Pourcentages fixes");
        List<RuleEdition> editions = services().rules().editions(fixture.adviser(), g.id());
        assertEquals(1, editions.size());
        assertEquals("Réunion des membres", editions.get(0).decidedBy());

        FormTester split = tester.newFormTester("splitForm");
        split.setValue("month", last.toString());
        split.submit();
        tester.assertNoErrorMessage();
        List<MonthSplit> splits = services().splits().splits(fixture.adviser(), g.id());
        assertEquals(1, splits.size());
        // 1,000 € less the 10 % contribution: 900 €, 50 % of it
        tester.assertContains("450,00");
        tester.assertContains("en vigueur");

        FormTester again = tester.newFormTester("splitForm");
        again.setValue("month", last.toString());
        again.submit();
        tester.assertContains("Mois \\(AAAA-MM\\) : ");
        assertEquals(1, services().splits().splits(fixture.adviser(), g.id()).size());

        FormTester word = tester.newFormTester("splitForm");
        word.setValue("month", "juin");
        word.submit();
        tester.assertContains("Un mois écrit AAAA-MM est attendu");
    }

    @Test
    void aMemberReadsTheirGroupWithoutTheFormsAndJeanneGetsA404() {
        BrandGroup g = group("Atelier Lecture");
        YearMonth month = YearMonth.now().minusMonths(2);
        services().rules().add(fixture.admin(), g.id(), new RuleDraft(SplitKind.EQUAL, month,
                LocalDate.now().minusDays(1), "Les trois membres", List.of()));
        fixture.invoice(g.activityId(), month.atDay(3), 30_000);
        services().splits().split(fixture.admin(), g.id(), month);
        fixture.login("Caron");

        EssaimWicketTester member = essaim.wicketTester().logInDemo("caron");
        member.startPage(MyGroupsPage.class);
        member.assertRenderedPage(MyGroupsPage.class);
        member.assertContains("Atelier Lecture marque");
        member.startPage(GroupPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .set("id", g.id()));
        member.assertRenderedPage(GroupPage.class);
        member.assertContains("Parts égales");
        member.assertContains("90,00");   // 270 € available, a third each
        member.assertInvisible("ruleForm");
        member.assertInvisible("splitForm");
        member.assertInvisible("workForm");
        member.assertInvisible("splits:0:cancelForm");

        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(MyGroupsPage.class);
        jeanne.assertContains("Vous n’êtes membre d’aucun groupe de marque.");
        assertFalse(jeanne.getLastResponseAsString().contains("Atelier Lecture"));
        jeanne.startPage(GroupPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .set("id", g.id()));
        assertEquals(404, jeanne.getLastResponse().getStatus());
    }

    @Test
    void theAccountantEntersWorkAndCancelsASplit() {
        BrandGroup g = group("Atelier Saisie");
        YearMonth month = YearMonth.now().minusMonths(3);
        services().rules().add(fixture.admin(), g.id(), new RuleDraft(SplitKind.PRO_RATA_HOURS, month,
                LocalDate.now().minusDays(1), "Les trois membres", List.of()));
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(GroupPage.class, new org.apache.wicket.request.mapper.parameter.PageParameters()
                .set("id", g.id()));
        for (int i = 0; i < 3; i++) {
            FormTester work = tester.newFormTester("workForm");
            work.select("person", i);
            work.setValue("month", month.toString());
            work.setValue("hours", i == 0 ? "12,5" : "10");
            work.setValue("invoiced", "0");
            work.submit();
            tester.assertNoErrorMessage();
        }
        tester.assertContains("12.50");
        FormTester bad = tester.newFormTester("workForm");
        bad.select("person", 0);
        bad.setValue("month", month.toString());
        bad.setValue("hours", "-3");
        bad.setValue("invoiced", "0");
        bad.submit();
        tester.assertContains("Heures : ");
        assertEquals(3, services().rules().work(fixture.accountant(), g.id()).size());

        FormTester split = tester.newFormTester("splitForm");
        split.setValue("month", month.toString());
        split.submit();
        tester.assertNoErrorMessage();
        FormTester cancel = tester.newFormTester("splits:0:cancelForm");
        cancel.setValue("reason", "Heures corrigées");
        cancel.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("annulée : Heures corrigées");
        assertTrue(services().splits().splits(fixture.accountant(), g.id()).get(0).cancelled());
    }
}
