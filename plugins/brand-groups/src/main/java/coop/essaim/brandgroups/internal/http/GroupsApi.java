package coop.essaim.brandgroups.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MemberRule;
import coop.essaim.brandgroups.api.MonthSplit;
import coop.essaim.brandgroups.api.MonthlyWork;
import coop.essaim.brandgroups.api.RuleDraft;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.brandgroups.internal.BrandGroups;
import coop.essaim.brandgroups.internal.Messages;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Brand groups in the JSON API, under {@code /api/v1/brand-groups/}: {@code GET groups} (those the caller reaches),
 * {@code POST groups} (make a group of an activity), {@code GET groups/{id}} (members, rule editions, work figures,
 * splits with their shares), {@code POST groups/{id}/rules} (a rule edition), {@code POST groups/{id}/work} (a
 * member's hours and invoiced work for a month), {@code POST groups/{id}/splits} (split a month) and
 * {@code POST splits/{id}/cancellation}. Months are written {@code "2026-06"}. The services check every permission;
 * a group out of reach is a 404.
 */
public final class GroupsApi implements ApiContribution {

    private final Supplier<BrandGroups> services;

    public GroupsApi(ModuleContext context) {
        this.services = () -> BrandGroups.of(context);
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("groups", call -> ApiResult.ok(services.get().groups().visible(call.user()).stream()
                        .map(GroupsApi::summary).toList())),
                ApiEndpoint.post("groups", call -> {
                    record NewGroup(Long activityId, String brand) {
                    }
                    NewGroup n = call.body(b -> new NewGroup(b.requiredId("activityId"), b.string("brand")));
                    BrandGroup g = services.get().groups().create(call.user(), n.activityId(), n.brand());
                    return ApiResult.created(detail(call.user(), g), "groups/" + g.id());
                }),
                ApiEndpoint.get("groups/{id}", call -> services.get().groups().find(call.user(), call.pathId("id"))
                        .map(g -> ApiResult.ok(detail(call.user(), g))).orElseGet(ApiResult::notFound)),
                ApiEndpoint.post("groups/{id}/rules", call -> {
                    long id = call.pathId("id");
                    if (services.get().groups().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    RuleDraft d = call.body(b -> draft(call.user(), b));
                    return ApiResult.created(services.get().rules().add(call.user(), id, d), "groups/" + id);
                }),
                ApiEndpoint.post("groups/{id}/work", call -> {
                    long id = call.pathId("id");
                    if (services.get().groups().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    MonthlyWork w = call.body(b -> new MonthlyWork(b.requiredId("personId"),
                            month(call.user(), b, "month"), b.requiredDecimal("hours"), b.requiredMoney("invoiced")));
                    return ApiResult.created(services.get().rules().recordWork(call.user(), id, w), "groups/" + id);
                }),
                ApiEndpoint.post("groups/{id}/splits", call -> {
                    long id = call.pathId("id");
                    if (services.get().groups().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    YearMonth month = call.body(b -> month(call.user(), b, "month"));
                    MonthSplit s = services.get().splits().split(call.user(), id, month);
                    return ApiResult.created(s, "groups/" + id);
                }),
                ApiEndpoint.post("splits/{id}/cancellation", call -> {
                    long id = call.pathId("id");
                    String reason = call.body(b -> b.requiredString("reason"));
                    return ApiResult.ok(services.get().splits().cancel(call.user(), id, reason));
                }));
    }

    private static Map<String, Object> summary(BrandGroup g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", g.id());
        out.put("activityId", g.activityId());
        out.put("activityName", g.activityName());
        out.put("brand", g.brand());
        out.put("currentMemberIds", g.currentMemberIds());
        return out;
    }

    private Map<String, Object> detail(UserContext user, BrandGroup g) {
        BrandGroups s = services.get();
        Map<String, Object> out = summary(g);
        out.put("members", g.members().stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("personId", m.personId());
            row.put("name", s.groups().memberName(user, m.personId()));
            row.put("from", m.from());
            row.put("until", m.until());
            return row;
        }).toList());
        out.put("rules", s.rules().editions(user, g.id()));
        out.put("work", s.rules().work(user, g.id()));
        out.put("splits", s.splits().splits(user, g.id()));
        return out;
    }

    private static RuleDraft draft(UserContext user, ApiBody b) {
        SplitKind kind = b.requiredConstant("kind", SplitKind.class);
        YearMonth from = month(user, b, "validFrom");
        var decidedOn = b.requiredDate("decidedOn");
        String decidedBy = b.requiredString("decidedBy");
        List<MemberRule> members = b.objects("members").stream().map(m -> new MemberRule(
                m.requiredId("personId"), m.decimal("percent"), m.money("fixed"))).toList();
        return new RuleDraft(kind, from, decidedOn, decidedBy, members);
    }

    /** A month written {@code 2026-06}; a missing or malformed one is rejected on the field. */
    private static YearMonth month(UserContext user, ApiBody b, String field) {
        String text = b.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            b.reject(field, Messages.text(user.locale(), "error.month"));
            return null;
        }
    }
}
