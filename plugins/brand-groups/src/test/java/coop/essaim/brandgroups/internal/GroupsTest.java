package coop.essaim.brandgroups.internal;

import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.brandgroups.GroupsFixture;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MemberRule;
import coop.essaim.brandgroups.api.MemberShare;
import coop.essaim.brandgroups.api.MonthSplit;
import coop.essaim.brandgroups.api.MonthlyWork;
import coop.essaim.brandgroups.api.RuleDraft;
import coop.essaim.brandgroups.api.RuleEdition;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static coop.essaim.brandgroups.GroupsFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The services on the demo cooperative: groups, rule editions, work figures and month splits from the ledger. */
class GroupsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GroupsFixture.kit();

    private final GroupsFixture fixture = new GroupsFixture(essaim);
    private final BrandGroups services = fixture.services();
    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    private BrandGroup group(String name) {
        Activity a = fixture.newActivity(name, LocalDate.of(2026, 1, 1));
        return services.groups().create(fixture.adviser(), a.id(), "");
    }

    private RuleEdition rule(BrandGroup g, SplitKind kind, YearMonth from, List<MemberRule> members) {
        return services.rules().add(fixture.adviser(), g.id(), new RuleDraft(kind, from, LocalDate.of(2026, 1, 5),
                "Réunion des membres", members));
    }

    private List<MemberRule> percents(String... values) {
        String[] families = {"Barbier", "Rey", "Caron"};
        List<MemberRule> out = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new MemberRule(fixture.member(families[i]), new BigDecimal(values[i]), null));
        }
        return out;
    }

    private static String field(ValidationException e) {
        return e.errors().stream().map(ValidationException.FieldError::field).collect(Collectors.joining(","));
    }

    private static long total(MonthSplit s) {
        return s.shares().stream().mapToLong(x -> x.amount().minorUnits()).sum();
    }

    @Test
    void aGroupNeedsAnOpenActivityWithTwoMembersAndIsMadeOnce() {
        Activity solo = essaim.service(Activities.class).create(fixture.admin(), new coop.essaim.api.people
                .ActivityDetails("Solo graphique", null, "graphisme", LocalDate.of(2026, 1, 1), "BG-SOLO",
                List.of(fixture.member("Rey"))));
        ValidationException one = assertThrows(ValidationException.class,
                () -> services.groups().create(fixture.adviser(), solo.id(), "Solo"));
        assertEquals("activityId", field(one));
        assertTrue(one.getMessage().contains("au moins deux membres"), one.getMessage());

        BrandGroup g = group("Atelier Trois");
        assertEquals("Atelier Trois (marque)", g.brand());
        assertEquals(3, g.currentMemberIds().size());
        assertEquals("activityId", field(assertThrows(ValidationException.class,
                () -> services.groups().create(fixture.admin(), g.activityId(), "Encore"))));
        assertTrue(services.groups().visible(fixture.accountant()).stream().anyMatch(x -> x.id() == g.id()));
        assertFalse(services.groups().candidates(fixture.admin()).stream().anyMatch(a -> a.id() == g.activityId()));
    }

    @Test
    void aRuleEditionIsCheckedFieldByFieldAndNothingIsRecordedOnARefusal() {
        BrandGroup g = group("Atelier Règles");
        ValidationException total = assertThrows(ValidationException.class,
                () -> rule(g, SplitKind.FIXED_PERCENT, JUNE, percents("50", "30", "19")));
        assertEquals("members", field(total));
        assertTrue(total.getMessage().contains("99"), total.getMessage());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> rule(g, SplitKind.FIXED_PERCENT, JUNE, percents("50", "50")));
        assertEquals("members[2].percent", field(missing));
        ValidationException fine = assertThrows(ValidationException.class,
                () -> rule(g, SplitKind.FIXED_PERCENT, JUNE, percents("50.005", "30", "19.995")));
        assertTrue(field(fine).contains("members[0].percent"), field(fine));
        ValidationException negative = assertThrows(ValidationException.class, () -> rule(g,
                SplitKind.FIXED_THEN_EQUAL, JUNE, List.of(new MemberRule(fixture.member("Barbier"), null, eur(-1)),
                        new MemberRule(fixture.member("Rey"), null, eur(0)),
                        new MemberRule(fixture.member("Caron"), null, eur(50_000)))));
        assertEquals("members[0].fixed", field(negative));
        ValidationException blank = assertThrows(ValidationException.class, () -> services.rules().add(
                fixture.adviser(), g.id(), new RuleDraft(null, null, LocalDate.of(2027, 1, 1), " ", List.of())));
        assertEquals("kind,validFrom,decidedOn,decidedBy", field(blank));
        assertTrue(services.rules().editions(fixture.adviser(), g.id()).isEmpty());

        RuleEdition first = rule(g, SplitKind.FIXED_PERCENT, JUNE, percents("50", "30", "20"));
        RuleEdition later = rule(g, SplitKind.EQUAL, YearMonth.of(2026, 8), List.of());
        assertEquals(List.of(later.id(), first.id()), services.rules().editions(fixture.admin(), g.id()).stream()
                .map(RuleEdition::id).toList());
        assertEquals(first.id(), services.rules().inForce(fixture.admin(), g.id(), YearMonth.of(2026, 7))
                .orElseThrow().id());
        assertEquals(later.id(), services.rules().inForce(fixture.admin(), g.id(), YearMonth.of(2026, 9))
                .orElseThrow().id());
        assertTrue(services.rules().inForce(fixture.admin(), g.id(), YearMonth.of(2026, 5)).isEmpty());
    }

    @Test
    void aMonthIsSplitFromTheLedgersAvailableAmountOnceUntilItIsCancelled() {
        BrandGroup g = group("Atelier Juin");
        rule(g, SplitKind.FIXED_PERCENT, JUNE, percents("50", "30", "20"));
        fixture.invoice(g.activityId(), LocalDate.of(2026, 6, 12), 300_000);
        // 3,000 € excl. VAT less the 10 % contribution: 2,700 € available, as the core's activity account says
        Money available = essaim.service(ActivityAccounts.class).account(fixture.accountant(), g.activityId(),
                JUNE.atDay(1), JUNE.atEndOfMonth()).availableForPay();
        assertEquals(eur(270_000), available);

        MonthSplit s = services.splits().split(fixture.accountant(), g.id(), JUNE);
        assertEquals(available, s.available());
        assertEquals(List.of(eur(135_000), eur(81_000), eur(54_000)), s.shares().stream().map(MemberShare::amount)
                .toList());
        assertEquals(270_000, total(s));
        assertEquals(SplitKind.FIXED_PERCENT, s.kind());

        ValidationException twice = assertThrows(ValidationException.class,
                () -> services.splits().split(fixture.adviser(), g.id(), JUNE));
        assertEquals("month", field(twice));
        assertEquals("validFrom", field(assertThrows(ValidationException.class,
                () -> rule(g, SplitKind.EQUAL, YearMonth.of(2026, 5), List.of()))));
        assertEquals("reason", field(assertThrows(ValidationException.class,
                () -> services.splits().cancel(fixture.adviser(), s.id(), "  "))));

        MonthSplit cancelled = services.splits().cancel(fixture.adviser(), s.id(), "Facture de juin corrigée");
        assertTrue(cancelled.cancelled());
        rule(g, SplitKind.EQUAL, JUNE, List.of());
        MonthSplit again = services.splits().split(fixture.adviser(), g.id(), JUNE);
        assertEquals(List.of(eur(90_000), eur(90_000), eur(90_000)), again.shares().stream()
                .map(MemberShare::amount).toList());
        List<MonthSplit> history = services.splits().splits(fixture.admin(), g.id());
        assertEquals(List.of(again.id(), s.id()), history.stream().map(MonthSplit::id).toList());
        assertEquals(List.of(false, true), history.stream().map(MonthSplit::cancelled).toList());
        assertEquals("Facture de juin corrigée", history.get(1).cancelReason());
        assertEquals(3, history.get(1).shares().size());
    }

    @Test
    void aMemberWhoLeftMidMonthGetsTheirProratedSettledShareAndTheSharesAddUpToTheCent() {
        BrandGroup g = group("Atelier Départ");
        rule(g, SplitKind.EQUAL, JUNE, List.of());
        fixture.invoice(g.activityId(), LocalDate.of(2026, 6, 3), 300_000);
        essaim.service(Activities.class).removeMember(fixture.admin(), g.activityId(), fixture.member("Caron"),
                LocalDate.of(2026, 6, 10));

        MonthSplit s = services.splits().split(fixture.adviser(), g.id(), JUNE);
        // weights 30, 30 and 10 days of 2,700.00 €: 1,157.14 + 1,157.14 + 385.71, the last cent to Caron's remainder
        assertEquals(List.of(eur(115_714), eur(115_714), eur(38_572)), s.shares().stream().map(MemberShare::amount)
                .toList());
        assertEquals(270_000, total(s));
        MemberShare caron = s.shares().get(2);
        assertEquals(fixture.member("Caron"), caron.personId());
        assertTrue(caron.settlement());
        assertEquals(10, caron.daysPresent());
        assertFalse(s.shares().get(0).settlement());

        // July: Caron is gone, two members share; a month with nothing available gives zero shares
        MonthSplit july = services.splits().split(fixture.adviser(), g.id(), YearMonth.of(2026, 7));
        assertEquals(2, july.shares().size());
        assertEquals(0, total(july));
    }

    @Test
    void theProRataRulesUseTheWorkEnteredAndNameWhatIsMissing() {
        BrandGroup g = group("Atelier Heures");
        YearMonth july = YearMonth.of(2026, 7);
        rule(g, SplitKind.PRO_RATA_HOURS, july, List.of());
        fixture.invoice(g.activityId(), LocalDate.of(2026, 7, 20), 150_000);
        services.rules().recordWork(fixture.adviser(), g.id(), new MonthlyWork(fixture.member("Barbier"), july,
                new BigDecimal("80"), eur(0)));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> services.splits().split(fixture.adviser(), g.id(), july));
        assertEquals("work,work", field(missing));
        assertTrue(missing.getMessage().contains("Rey"), missing.getMessage());

        ValidationException bad = assertThrows(ValidationException.class, () -> services.rules().recordWork(
                fixture.adviser(), g.id(), new MonthlyWork(fixture.member("Rey"), july, new BigDecimal("-1"),
                        eur(-5))));
        assertEquals("hours,invoiced", field(bad));
        services.rules().recordWork(fixture.adviser(), g.id(), new MonthlyWork(fixture.member("Rey"), july,
                new BigDecimal("30"), eur(0)));
        services.rules().recordWork(fixture.adviser(), g.id(), new MonthlyWork(fixture.member("Rey"), july,
                new BigDecimal("40"), eur(0)));   // a correction: the latest figure counts
        services.rules().recordWork(fixture.adviser(), g.id(), new MonthlyWork(fixture.member("Caron"), july,
                new BigDecimal("0"), eur(0)));
        MonthSplit s = services.splits().split(fixture.adviser(), g.id(), july);
        // 1,350.00 € available, 80 and 40 hours of 120
        assertEquals(List.of(eur(90_000), eur(45_000), eur(0)), s.shares().stream().map(MemberShare::amount).toList());
        assertEquals(3, services.rules().work(fixture.adviser(), g.id()).size());
        assertEquals("month", field(assertThrows(ValidationException.class, () -> services.rules().recordWork(
                fixture.adviser(), g.id(), new MonthlyWork(fixture.member("Rey"), july, BigDecimal.ONE, eur(0))))));
    }

    @Test
    void fixedAmountsThenEqualAndProRataOfInvoicedWorkReadTheirStoredFigures() {
        BrandGroup g = group("Atelier Fixe");
        fixture.invoice(g.activityId(), LocalDate.of(2026, 4, 10), 300_000);
        fixture.invoice(g.activityId(), LocalDate.of(2026, 5, 10), 300_000);
        rule(g, SplitKind.FIXED_THEN_EQUAL, YearMonth.of(2026, 4), List.of(
                new MemberRule(fixture.member("Barbier"), null, eur(50_000)),
                new MemberRule(fixture.member("Rey"), null, eur(0)), new MemberRule(fixture.member("Caron"), null, eur(0))));
        MonthSplit april = services.splits().split(fixture.adviser(), g.id(), YearMonth.of(2026, 4));
        // 2,700.00 €: Barbier's 500.00 first, then 2,200.00 in thirds, the odd cent to the earlier member
        assertEquals(List.of(eur(123_334), eur(73_333), eur(73_333)), april.shares().stream()
                .map(MemberShare::amount).toList());

        YearMonth may = YearMonth.of(2026, 5);
        rule(g, SplitKind.PRO_RATA_INVOICED, may, List.of());
        long[] invoiced = {60_000, 30_000, 0};
        String[] families = {"Barbier", "Rey", "Caron"};
        for (int i = 0; i < 3; i++) {
            services.rules().recordWork(fixture.accountant(), g.id(), new MonthlyWork(fixture.member(families[i]), may,
                    BigDecimal.ZERO, eur(invoiced[i])));
        }
        MonthSplit split = services.splits().split(fixture.accountant(), g.id(), may);
        assertEquals(List.of(eur(180_000), eur(90_000), eur(0)), split.shares().stream().map(MemberShare::amount)
                .toList());
        assertEquals(SplitKind.PRO_RATA_INVOICED, split.kind());
    }

    @Test
    void aMonthNotOverOrWithoutARuleIsNotSplit() {
        BrandGroup g = group("Atelier Tôt");
        assertEquals("rule", field(assertThrows(ValidationException.class,
                () -> services.splits().split(fixture.adviser(), g.id(), YearMonth.of(2026, 3)))));
        assertEquals("month", field(assertThrows(ValidationException.class,
                () -> services.splits().split(fixture.adviser(), g.id(), YearMonth.of(2026, 11)))));
    }

    @Test
    void membersReadTheirGroupOnlyAndOthersDoNotReachIt() {
        BrandGroup g = group("Atelier Membres");
        rule(g, SplitKind.EQUAL, JUNE, List.of());
        UserContext caron = fixture.login("Caron");
        UserContext jeanne = fixture.jeanne();

        assertTrue(services.groups().mine(caron).stream().anyMatch(x -> x.id() == g.id()));
        assertTrue(services.groups().find(caron, g.id()).isPresent());
        assertEquals(1, services.rules().editions(caron, g.id()).size());
        assertEquals(Set.of(), services.groups().mine(jeanne).stream().map(BrandGroup::id)
                .filter(id -> id == g.id()).collect(Collectors.toSet()));
        assertTrue(services.groups().find(jeanne, g.id()).isEmpty());
        assertEquals("groupId", field(assertThrows(ValidationException.class,
                () -> services.splits().splits(jeanne, g.id()))));
        assertThrows(AccessDeniedException.class, () -> services.splits().split(caron, g.id(), JUNE));
        assertThrows(AccessDeniedException.class, () -> services.rules().add(caron, g.id(), new RuleDraft(
                SplitKind.EQUAL, JUNE, LocalDate.of(2026, 1, 5), "moi", List.of())));
        assertThrows(AccessDeniedException.class, () -> services.groups().create(jeanne, g.activityId(), "x"));
        assertThrows(AccessDeniedException.class, () -> services.groups().visible(essaim.demoUser("elu")));
    }
}
