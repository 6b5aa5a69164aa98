package coop.essaim.kernel.people;

import coop.essaim.api.people.AssociateDeadlineRule;
import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.people.PersonQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static coop.essaim.kernel.people.NeutralPathModel.ASSOCIATE;
import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.NeutralPathModel.SALARIED;
import static coop.essaim.kernel.people.NeutralPathModel.SUPPORT_AGREEMENT;
import static coop.essaim.kernel.people.PeopleFixture.contract;
import static coop.essaim.kernel.people.PeopleFixture.exit;
import static coop.essaim.kernel.people.PeopleFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The associate deadline through the extension point, with a test rule shaped like the French one (law of
 * 31 July 2014 on the ESS, art. 47: associate within 3 years of the start of the support agreement); the
 * real rule belongs to the France plugin. The clock starts on 2 March 2026 and is moved by hand.
 */
class AssociateDeadlineTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    /** Three years after the start of the first support agreement, in France only. */
    static final class ThreeYearsTestRule implements AssociateDeadlineRule {
        public boolean appliesTo(String country) {
            return "FR".equals(country);
        }

        public Optional<LocalDate> deadline(PersonPath path, PathModel model) {
            return path.firstContract(SUPPORT_AGREEMENT).map(c -> c.start().plusYears(3));
        }
    }

    /** A member who started their support agreement on {@code start} and is salaried since the year after. */
    long salariedSince(String family, LocalDate start) {
        long id = p.create("Jeanne", family, "couture").id();
        p.people.recordTransition(p.admin, id, step(RECEPTION, start.minusMonths(1)));
        p.people.recordTransition(p.admin, id, contract(SUPPORT_AGREEMENT, start, start.plusYears(1).minusDays(1)));
        p.people.recordTransition(p.admin, id, step(SALARIED, start.plusYears(1)));
        return id;
    }

    DeadlineFlag flag(long id) {
        return p.people.find(p.admin, id).orElseThrow().deadline().flag();
    }

    @Test
    void withoutARuleNobodyHasADeadline() {
        long id = salariedSince("Martin", LocalDate.of(2020, 1, 1));
        Person person = p.people.find(p.admin, id).orElseThrow();
        assertEquals(DeadlineFlag.NONE, person.deadline().flag());
        assertEquals(null, person.deadline().date());
    }

    @Test
    void theFlagMovesFromOnTrackToDueWithin90DaysToOverdueAsTheClockMoves() {
        p.f.registry.add("france-test", AssociateDeadlineRule.class, new ThreeYearsTestRule());
        // deadline 1 June 2026; on 2 March 2026 it is 91 days away
        long id = salariedSince("Martin", LocalDate.of(2023, 6, 1));

        Person before = p.people.find(p.admin, id).orElseThrow();
        assertEquals(LocalDate.of(2026, 6, 1), before.deadline().date());
        assertEquals(DeadlineFlag.ON_TRACK, before.deadline().flag());
        p.f.clock.advance(Duration.ofDays(1));
        assertEquals(DeadlineFlag.DUE_WITHIN_90_DAYS, flag(id));
        p.f.clock.advance(Duration.ofDays(90));   // 1 June 2026: the last day
        assertEquals(DeadlineFlag.DUE_WITHIN_90_DAYS, flag(id));
        p.f.clock.advance(Duration.ofDays(1));
        assertEquals(DeadlineFlag.OVERDUE, flag(id));
    }

    @Test
    void anAssociateOrSomeoneWhoLeftIsNotFlagged() {
        p.f.registry.add("france-test", AssociateDeadlineRule.class, new ThreeYearsTestRule());
        long associate = salariedSince("Bernard", LocalDate.of(2022, 1, 10));
        long gone = salariedSince("Durand", LocalDate.of(2022, 1, 10));
        assertEquals(DeadlineFlag.OVERDUE, flag(associate));

        p.people.recordTransition(p.admin, associate, step(ASSOCIATE, LocalDate.of(2025, 1, 1)));
        p.people.recordTransition(p.admin, gone, exit(LocalDate.of(2026, 1, 1), "own-company", null));

        assertEquals(DeadlineFlag.NONE, flag(associate));
        assertEquals(DeadlineFlag.NONE, flag(gone));
    }

    @Test
    void aFailingRuleLeavesTheFileAndListsReadable() {
        p.f.registry.add("broken-test", AssociateDeadlineRule.class, new AssociateDeadlineRule() {
            public boolean appliesTo(String country) {
                return true;
            }

            public Optional<LocalDate> deadline(PersonPath path, PathModel model) {
                throw new IllegalStateException("bug in a country plugin");
            }
        });
        long id = salariedSince("Martin", LocalDate.of(2023, 6, 1));
        assertEquals(DeadlineFlag.NONE, p.people.path(p.admin, id).orElseThrow().deadline().flag());
        assertEquals(1, p.people.list(p.admin, PersonQuery.all(0, 50)).items().size());
    }

    @Test
    void beforeASupportAgreementTheRuleGivesNoDate() {
        p.f.registry.add("france-test", AssociateDeadlineRule.class, new ThreeYearsTestRule());
        long id = p.create("Jeanne", "Martin").id();
        p.people.recordTransition(p.admin, id, step(RECEPTION, LocalDate.of(2026, 2, 1)));
        assertEquals(DeadlineFlag.NONE, flag(id));
    }

    @Test
    void aRuleOfAnotherCountryDoesNotApply() {
        p.f.registry.add("belgium-test", AssociateDeadlineRule.class, new AssociateDeadlineRule() {
            public boolean appliesTo(String country) {
                return "BE".equals(country);
            }

            public Optional<LocalDate> deadline(PersonPath path, PathModel model) {
                return Optional.of(LocalDate.of(2000, 1, 1));
            }
        });
        assertEquals(DeadlineFlag.NONE, flag(salariedSince("Martin", LocalDate.of(2020, 1, 1))));
    }

    @Test
    void theListFiltersOnTheFlagAndPages() {
        p.f.registry.add("france-test", AssociateDeadlineRule.class, new ThreeYearsTestRule());
        long overdue1 = salariedSince("Albert", LocalDate.of(2022, 1, 10));
        long due = salariedSince("Blanc", LocalDate.of(2023, 4, 1));
        long overdue2 = salariedSince("Colin", LocalDate.of(2022, 6, 1));
        salariedSince("Dupont", LocalDate.of(2025, 1, 1));
        p.create("Émile", "Ernest");

        var overdue = p.people.list(p.admin, PersonQuery.all(0, 1).withDeadline(DeadlineFlag.OVERDUE));
        assertEquals(2, overdue.total());
        assertEquals(java.util.List.of(overdue1), overdue.items().stream().map(Person::id).toList());
        var second = p.people.list(p.admin, PersonQuery.all(1, 1).withDeadline(DeadlineFlag.OVERDUE));
        assertEquals(java.util.List.of(overdue2), second.items().stream().map(Person::id).toList());
        var soon = p.people.list(p.admin, PersonQuery.all(0, 10).withDeadline(DeadlineFlag.DUE_WITHIN_90_DAYS));
        assertEquals(java.util.List.of(due), soon.items().stream().map(Person::id).toList());
        assertEquals(1, p.people.list(p.admin, PersonQuery.all(0, 10).withDeadline(DeadlineFlag.ON_TRACK)).total());
        // only the file without a path: everyone else has a date
        assertEquals(1, p.people.list(p.admin, PersonQuery.all(0, 10).withDeadline(DeadlineFlag.NONE)).total());
    }
}
