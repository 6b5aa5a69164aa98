package coop.essaim.brandgroups.internal.demo;

import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.money.Money;
import coop.essaim.brandgroups.GroupsFixture;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MonthSplit;
import coop.essaim.brandgroups.api.RuleEdition;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.brandgroups.internal.BrandGroups;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's brand group "Trois Traits": its two rule editions and four months split. */
class GroupsDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GroupsFixture.kit();

    private final GroupsFixture fixture = new GroupsFixture(essaim);

    @Test
    void theDemoHasTroisTraitsWithItsRulesAndFourMonthsSplit() {
        BrandGroups services = fixture.services();
        BrandGroup g = services.groups().visible(fixture.adviser()).stream()
                .filter(x -> x.brand().equals(GroupsDemo.BRAND)).findFirst().orElseThrow();
        assertEquals(GroupsDemo.ACTIVITY, g.activityName());
        assertEquals(3, g.currentMemberIds().size());

        List<RuleEdition> editions = services.rules().editions(fixture.admin(), g.id());
        assertEquals(List.of(SplitKind.FIXED_PERCENT, SplitKind.EQUAL), editions.stream().map(RuleEdition::kind)
                .toList());
        assertEquals(new BigDecimal("100.00"), editions.get(0).members().stream().map(r -> r.percent())
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        List<MonthSplit> splits = services.splits().splits(fixture.accountant(), g.id());
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 9), YearMonth.of(2026, 8),
                YearMonth.of(2026, 7)), splits.stream().map(MonthSplit::month).toList());
        MonthSplit september = splits.get(1);
        assertEquals(SplitKind.FIXED_PERCENT, september.kind());
        Money available = essaim.service(ActivityAccounts.class).account(fixture.accountant(), g.activityId(),
                YearMonth.of(2026, 9).atDay(1), YearMonth.of(2026, 9).atEndOfMonth()).availableForPay();
        assertTrue(available.isPositive(), "the country demo invoices the group in September");
        assertEquals(available, september.available());
        assertEquals(available.minorUnits(), september.shares().stream().mapToLong(s -> s.amount().minorUnits()).sum());
        assertEquals(SplitKind.EQUAL, splits.get(3).kind());

        // a member reads the group among theirs
        assertTrue(services.groups().mine(fixture.login("Barbier")).stream().anyMatch(x -> x.id() == g.id()));
    }
}
