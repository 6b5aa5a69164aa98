package coop.essaim.countryma;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.AssociateDeadlineRule;
import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.countryma.internal.MoroccanMessages;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import coop.essaim.web.internal.people.PersonPage;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Moroccan path on the real core: a support agreement, then an open-ended contract, and no deadline to
 * become associate, however long the member stays.
 */
class MoroccanPathTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).inCountry("MA", "MAD", "fr");

    private long newMember(UserContext admin, String first) {
        People people = essaim.service(People.class);
        long site = people.createEstablishment(admin, new EstablishmentDetails("Casablanca " + first, Address.NONE)).id();
        Person p = people.create(admin, new PersonDetails(PersonKind.MEMBER, first, "Alaoui", null, false, null, null,
                Address.NONE, null, site, List.of(), null));
        return p.id();
    }

    @Test
    void aSupportAgreementThenAnOpenEndedContractAndNoAssociateDeadline() {
        UserContext admin = essaim.administrator();
        People people = essaim.service(People.class);
        assertEquals("morocco", people.pathModel(admin).id());
        assertTrue(essaim.extensions(AssociateDeadlineRule.class).stream().noneMatch(r -> r.appliesTo("MA")));
        long salma = newMember(admin, "Salma");
        LocalDate agreement = LocalDate.now().minusYears(4);
        people.recordTransition(admin, salma, new PathChange("reception", agreement.minusWeeks(2), null, null, null));
        people.recordTransition(admin, salma, new PathChange("support-agreement", agreement, agreement.plusMonths(6),
                null, null));
        people.recordTransition(admin, salma, new PathChange("salaried", agreement.plusMonths(5), null, null,
                "CDI à temps partiel"));
        PersonPath path = people.path(admin, salma).orElseThrow();
        assertFalse(path.firstContract("support-agreement").orElseThrow().open(), "the CDI ends the agreement");
        assertTrue(path.openContract("employment").isPresent());
        assertEquals(DeadlineFlag.NONE, path.deadline().flag(), "four years on, still no associate deadline");
        assertNull(path.deadline().date());
        assertEquals(DeadlineFlag.NONE, people.find(admin, salma).orElseThrow().deadline().flag());
    }

    @Test
    void theSupportAgreementIsFixedTermAndOnlyTheModelsStepsAreAccepted() {
        UserContext admin = essaim.administrator();
        People people = essaim.service(People.class);
        long youssef = newMember(admin, "Youssef");
        LocalDate day = LocalDate.now().minusMonths(2);
        people.recordTransition(admin, youssef, new PathChange("reception", day, null, null, null));
        assertThrows(ValidationException.class, () -> people.recordTransition(admin, youssef,
                new PathChange("support-agreement", day.plusDays(1), null, null, null)), "a planned end is needed");
        assertThrows(ValidationException.class, () -> people.recordTransition(admin, youssef,
                new PathChange("cape", day.plusDays(1), day.plusMonths(6), null, null)), "no French CAPE here");
        people.recordTransition(admin, youssef, new PathChange("salaried", day.plusDays(1), null, null, null));
        assertTrue(people.path(admin, youssef).orElseThrow().openContract("employment").isPresent(),
                "a member may be hired without a support agreement");
    }

    @Test
    void thePersonPageNamesTheMoroccanContractsAndShowsNoDeadline() {
        UserContext admin = essaim.administrator();
        People people = essaim.service(People.class);
        long nadia = newMember(admin, "Nadia");
        LocalDate day = LocalDate.now().minusYears(3).minusMonths(1);
        people.recordTransition(admin, nadia, new PathChange("reception", day, null, null, null));
        people.recordTransition(admin, nadia, new PathChange("support-agreement", day.plusDays(7),
                day.plusMonths(12), null, null));
        EssaimWicketTester tester = essaim.wicketTester().logIn(admin);
        tester.startPage(PersonPage.class, new PageParameters().add("id", nadia));
        tester.assertRenderedPage(PersonPage.class);
        tester.assertContains("Convention d’accompagnement");
        tester.assertInvisible("identity:deadline");
        tester.assertInvisible("identity:deadlineDate");
        tester.assertContainsNot("Associé·e au plus tard");
    }

    @Test
    void everyLabelOfTheModelIsInFrenchEnglishAndArabic() {
        PathModel model = essaim.extensions(PathModel.class, "country-ma").get(0);
        List<String> keys = new ArrayList<>();
        model.statuses().stream().map(PathStatusDefinition::labelKey).forEach(keys::add);
        model.contractKinds().stream().map(ContractKind::labelKey).forEach(keys::add);
        model.exitReasons().stream().map(ExitReason::labelKey).forEach(keys::add);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
            List<String> seen = new ArrayList<>();
            for (String key : keys) {
                String text = MoroccanMessages.text(locale, key);
                assertNotEquals(key, text, locale + " " + key);
                seen.add(text);
            }
            assertEquals(seen.size(), seen.stream().distinct().count(), locale + ": two labels alike " + seen);
        }
        assertEquals("Convention d’accompagnement (durée déterminée)",
                MoroccanMessages.text(Locale.FRENCH, "morocco.contract.support-agreement"));
        assertEquals("عقد شغل غير محدد المدة",
                MoroccanMessages.text(Locale.forLanguageTag("ar"), "morocco.contract.employment"));
    }
}
