package coop.essaim.tradegroups.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.tradegroups.api.GridDraft;
import coop.essaim.tradegroups.api.GridLine;
import coop.essaim.tradegroups.api.GroupSummary;
import coop.essaim.tradegroups.api.MeetingDraft;
import coop.essaim.tradegroups.api.RateUnit;
import coop.essaim.tradegroups.api.Resource;
import coop.essaim.tradegroups.api.TradeGroup;
import coop.essaim.tradegroups.internal.TradeGroups;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Trade-practice groups in the JSON API, under {@code /api/v1/trade-groups/}: {@code GET groups} (the groups the
 * caller may open), {@code GET directory} (every group's name, trade and size, to join one; {@code ?trade=} in both:
 * the groups matching a trade), {@code POST groups}, {@code GET groups/{id}}
 * (members, coordinator, meetings with attendance, notes and resources: members and managers only),
 * {@code POST groups/{id}/members}, {@code POST groups/{id}/meetings}, {@code POST meetings/{id}/report} (attendance, notes and more resources of
 * a meeting recorded ahead, once its day has come), {@code GET grids} (the editions in force,
 * {@code ?trade=} and {@code ?on=}), {@code POST groups/{id}/grids} (a new edition) and
 * {@code GET people/{id}/groups} (the groups matching a person's trades). The services check every permission; a
 * group out of reach is a 404.
 */
public final class TradeGroupsApi implements ApiContribution {

    private final Supplier<TradeGroups> services;

    public TradeGroupsApi(ModuleContext context) {
        this.services = () -> TradeGroups.of(context);
    }

    private List<GroupSummary> directory(ApiCall call) {
        String trade = call.query(q -> q.string("trade"));
        return trade == null || trade.isBlank() ? services.get().groups().list(call.user())
                : services.get().groups().groupsFor(call.user(), trade);
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                // what a caller lists they can open: the directory of every group is a collection of its own
                ApiEndpoint.get("groups", call -> ApiResult.ok(directory(call).stream()
                        .filter(GroupSummary::readable).toList())),
                ApiEndpoint.get("directory", call -> ApiResult.ok(directory(call))),
                ApiEndpoint.post("groups", call -> {
                    record NewGroup(String name, String trade, Long coordinatorId) {
                    }
                    NewGroup n = call.body(b -> new NewGroup(b.requiredString("name"), b.requiredString("trade"),
                            b.id("coordinatorId")));
                    TradeGroup g = services.get().groups().create(call.user(), n.name(), n.trade(), n.coordinatorId());
                    return ApiResult.created(detail(call.user(), g), "groups/" + g.id());
                }),
                ApiEndpoint.get("groups/{id}", call -> services.get().groups().find(call.user(), call.pathId("id"))
                        .map(g -> ApiResult.ok(detail(call.user(), g))).orElseGet(ApiResult::notFound)),
                ApiEndpoint.post("groups/{id}/members", call -> {
                    long id = call.pathId("id");
                    if (services.get().groups().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    record NewMember(Long personId, LocalDate from) {
                    }
                    NewMember n = call.body(b -> new NewMember(b.requiredId("personId"), b.requiredDate("from")));
                    TradeGroup g = services.get().groups().addMember(call.user(), id, n.personId(), n.from());
                    return ApiResult.created(detail(call.user(), g), "groups/" + id);
                }),
                ApiEndpoint.post("groups/{id}/meetings", call -> {
                    long id = call.pathId("id");
                    if (services.get().groups().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    MeetingDraft d = call.body(TradeGroupsApi::meeting);
                    return ApiResult.created(services.get().meetings().record(call.user(), id, d), "groups/" + id);
                }),
                ApiEndpoint.post("meetings/{id}/report", call -> {
                    long id = call.pathId("id");
                    Optional<Long> group = services.get().meetings().groupOf(call.user(), id);
                    if (group.isEmpty() || services.get().groups().find(call.user(), group.get()).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    record Report(String notes, List<Long> present, List<Resource> resources) {
                    }
                    Report r = call.body(b -> new Report(b.string("notes"), b.objects("present").stream()
                            .map(p -> p.requiredId("personId")).toList(), resources(b)));
                    return ApiResult.ok(services.get().meetings().report(call.user(), id, r.notes(), r.present(),
                            r.resources()));
                }),
                ApiEndpoint.get("grids", call -> {
                    record Filter(String trade, LocalDate on) {
                    }
                    Filter f = call.query(q -> new Filter(q.string("trade"), q.date("on")));
                    return ApiResult.ok(services.get().grids().current(call.user(), f.trade(), f.on()));
                }),
                ApiEndpoint.post("groups/{id}/grids", call -> {
                    long id = call.pathId("id");
                    if (services.get().groups().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    GridDraft d = call.body(TradeGroupsApi::grid);
                    return ApiResult.created(services.get().grids().publish(call.user(), id, d), "grids");
                }),
                ApiEndpoint.get("people/{id}/groups", call -> ApiResult.ok(services.get().groups()
                        .groupsForPerson(call.user(), call.pathId("id")))));
    }

    private Map<String, Object> detail(UserContext user, TradeGroup g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", g.id());
        out.put("name", g.name());
        out.put("trade", g.trade());
        out.put("coordinatorId", g.coordinatorId());
        out.put("coordinatorName", g.coordinatorName());
        out.put("members", g.members());
        out.put("currentMemberIds", g.memberIdsOn(services.get().groups().today()));
        out.put("meetings", services.get().meetings().meetings(user, g.id()));
        out.put("createdAt", g.createdAt());
        out.put("createdBy", g.createdBy());
        return out;
    }

    private static MeetingDraft meeting(ApiBody b) {
        LocalDate date = b.requiredDate("date");
        String theme = b.requiredString("theme");
        Long presenter = b.id("presenterId");
        String notes = b.string("notes");
        List<Long> present = b.objects("present").stream().map(p -> p.requiredId("personId")).toList();
        List<Resource> resources = resources(b);
        return new MeetingDraft(date, theme, presenter, notes, present, resources);
    }

    private static List<Resource> resources(ApiBody b) {
        return b.objects("resources").stream()
                .map(r -> new Resource(r.requiredString("title"), r.requiredString("url"))).toList();
    }

    private static GridDraft grid(ApiBody b) {
        RateUnit unit = b.requiredConstant("unit", RateUnit.class);
        LocalDate from = b.requiredDate("validFrom");
        List<GridLine> lines = b.objects("lines").stream()
                .map(l -> new GridLine(l.requiredString("label"), l.requiredMoney("minimum"))).toList();
        return new GridDraft(unit, from, lines);
    }
}
