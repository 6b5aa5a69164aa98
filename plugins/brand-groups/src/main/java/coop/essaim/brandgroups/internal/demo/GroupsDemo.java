package coop.essaim.brandgroups.internal.demo;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityMember;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MemberRule;
import coop.essaim.brandgroups.api.RuleDraft;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.brandgroups.internal.BrandGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo cooperative's brand group: the core demo's three-member activity "Collectif graphique" (brand "Trois
 * Traits": Élise Barbier and Thomas Rey founded it, Pauline Caron joined later) made a group by the adviser, its
 * rule in equal shares from January 2026 replaced by fixed percentages (40 / 35 / 25, founders first) from
 * September 2026, and July to October 2026 split: the country's demo books give the group its September invoice,
 * the other months have nothing available and split to zero. Dated as on the demo's reference day, 2 November 2026.
 */
public final class GroupsDemo implements DemoData {

    /** The core demo's brand-group activity and its brand (stable names of the core's demo). */
    public static final String ACTIVITY = "Collectif graphique";
    public static final String BRAND = "Trois Traits";
    public static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    public static final YearMonth EQUAL_FROM = YearMonth.of(2026, 1);
    public static final YearMonth PERCENT_FROM = YearMonth.of(2026, 9);
    public static final List<YearMonth> SPLIT = List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8),
            YearMonth.of(2026, 9), YearMonth.of(2026, 10));
    static final List<String> PERCENTS = List.of("40", "35", "25");
    private static final Logger LOG = LoggerFactory.getLogger(GroupsDemo.class);

    private final ModuleContext module;

    public GroupsDemo(ModuleContext module) {
        this.module = module;
    }

    /** After the country plugins' books (200), which give the group its turnover. */
    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(DemoContext context) {
        UserContext adviser = context.actingAs(CoreRoles.ADVISER);
        Activity activity = module.service(Activities.class).list(context.actingAs(CoreRoles.ADMINISTRATOR), null,
                null).stream().filter(a -> a.name().equals(ACTIVITY)).findFirst().orElse(null);
        if (activity == null || activity.memberIds().size() < 2) {
            LOG.info("demo: no activity {} with two members, no brand group", ACTIVITY);
            return;
        }
        BrandGroups services = BrandGroups.of(module, Clock.fixed(DAY.atTime(10, 0).atZone(ZoneId.of("Europe/Paris"))
                .toInstant(), ZoneId.of("Europe/Paris")));
        BrandGroup g = services.groups().create(adviser, activity.id(), BRAND);
        services.rules().add(adviser, g.id(), new RuleDraft(SplitKind.EQUAL, EQUAL_FROM, LocalDate.of(2025, 12, 15),
                "Réunion des trois membres", List.of()));
        List<Long> founders = activity.members().stream().filter(ActivityMember::current)
                .sorted((a, b) -> a.from().compareTo(b.from())).map(ActivityMember::personId).distinct().toList();
        List<MemberRule> percents = new ArrayList<>();
        for (int i = 0; i < founders.size(); i++) {
            percents.add(new MemberRule(founders.get(i), new BigDecimal(i < PERCENTS.size() ? PERCENTS.get(i) : "0"),
                    null));
        }
        if (founders.size() == PERCENTS.size()) {
            services.rules().add(adviser, g.id(), new RuleDraft(SplitKind.FIXED_PERCENT, PERCENT_FROM,
                    LocalDate.of(2026, 8, 28), "Réunion des trois membres", percents));
        }
        for (YearMonth month : SPLIT) {
            services.splits().split(adviser, g.id(), month);
        }
        LOG.info("demo brand group {} loaded: {} months split", BRAND, SPLIT.size());
    }
}
