package coop.essaim.governance.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.governance.api.AgendaItem;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.api.MeetingQuorum;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.board.MeetingConvocation;
import coop.essaim.governance.internal.board.MeetingMinutes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Meetings of a body in the JSON API, under {@code /api/v1/governance/}: {@code GET|POST bodies/{id}/meetings} (the
 * agenda one item per line), {@code GET meetings/{id}} (items, attendance, quorum, decisions),
 * {@code POST meetings/{id}/items}, {@code POST meetings/{id}/attendance}, {@code POST meetings/{id}/decisions}
 * (with {@code supersedesId}, a correction), {@code POST meetings/{id}/convocation} (the body's current members
 * convened by e-mail; again only with {@code "resend": true}) and {@code GET meetings/{id}/minutes.pdf}. For those who keep the
 * bodies; the services check every permission.
 */
public final class MeetingsApi implements ApiContribution {

    private final ModuleContext context;

    public MeetingsApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("bodies/{id}/meetings", call -> ApiResult.ok(g().meetings()
                        .meetings(call.user(), call.pathId("id")).stream().map(MeetingsApi::meeting).toList())),
                ApiEndpoint.post("bodies/{id}/meetings", call -> {
                    Governance g = g();
                    Meeting m = call.body(b -> g.meetings().create(call.user(), call.pathId("id"),
                            b.requiredDate("heldOn"), b.requiredString("place"),
                            Arrays.asList(b.requiredString("agenda").split("\\R"))));
                    return ApiResult.created(meeting(m), "meetings");
                }),
                ApiEndpoint.get("meetings/{id}", this::detail),
                ApiEndpoint.get("meetings/{id}/minutes.pdf", call -> {
                    Governance g = g();
                    long id = call.pathId("id");
                    return g.meetings().find(call.user(), id).map(m -> ApiResult.file("application/pdf",
                            MeetingMinutes.fileName(id), g.meetingMinutes().pdf(call.user(), id)))
                            .orElseGet(ApiResult::notFound);
                }),
                ApiEndpoint.post("meetings/{id}/items", call -> {
                    Governance g = g();
                    AgendaItem i = call.body(b -> g.meetings().addItem(call.user(), call.pathId("id"),
                            b.requiredString("title")));
                    return ApiResult.created(item(i), "meetings");
                }),
                ApiEndpoint.post("meetings/{id}/attendance", call -> {
                    Governance g = g();
                    call.body(b -> g.meetings().attend(call.user(), call.pathId("id"), b.requiredId("personId"),
                            Boolean.TRUE.equals(b.bool("present"))));
                    return detail(call);
                }),
                ApiEndpoint.post("meetings/{id}/decisions", call -> {
                    Governance g = g();
                    Decision d = call.body(b -> {
                        long item = b.requiredId("itemId");
                        String text = b.requiredString("text");
                        int votesFor = count(b.integer("for"));
                        int against = count(b.integer("against"));
                        int abstain = count(b.integer("abstain"));
                        Long supersedes = b.id("supersedesId");
                        return g.meetings().decide(call.user(), call.pathId("id"), item, text, votesFor, against,
                                abstain, supersedes);
                    });
                    return ApiResult.created(decision(d), "meetings");
                }),
                ApiEndpoint.post("meetings/{id}/convocation", call -> {
                    Governance g = g();
                    return ApiResult.ok(convocation(call.body(b -> g.meetingConvocations().send(call.user(),
                            call.pathId("id"), Boolean.TRUE.equals(b.bool("resend"))))));
                }));
    }

    private ApiResult detail(ApiCall call) {
        Governance g = g();
        long id = call.pathId("id");
        return g.meetings().find(call.user(), id).map(m -> {
            Map<String, Object> out = new LinkedHashMap<>(meeting(m));
            out.put("items", g.meetings().items(call.user(), id).stream().map(MeetingsApi::item).toList());
            out.put("attendance", g.meetings().attendance(call.user(), id).stream().map(a -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("personId", a.personId());
                row.put("name", a.name());
                row.put("roles", a.roles());
                row.put("present", a.present());
                return row;
            }).toList());
            MeetingQuorum q = g.meetings().quorum(call.user(), id);
            out.put("quorum", Map.of("members", q.members(), "present", q.present(), "percentNeeded",
                    q.percentNeeded(), "reached", q.reached()));
            out.put("decisions", g.meetings().decisions(call.user(), id).stream().map(MeetingsApi::decision)
                    .toList());
            out.put("convocations", g.meetingConvocations().sendings(call.user(), id).stream()
                    .map(MeetingsApi::convocation).toList());
            return ApiResult.ok(out);
        }).orElseGet(ApiResult::notFound);
    }

    static Map<String, Object> convocation(MeetingConvocation c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sentAt", c.sentAt());
        out.put("sentBy", c.sentBy());
        out.put("resend", c.resend());
        out.put("mailed", c.mailed());
        out.put("members", c.members().stream().map(x -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("personId", x.personId());
            row.put("name", x.name());
            row.put("mailed", x.mailed());
            return row;
        }).toList());
        return out;
    }

    /** Absent: none. */
    private static int count(Integer given) {
        return given == null ? 0 : given;
    }

    static Map<String, Object> meeting(Meeting m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("bodyId", m.bodyId());
        out.put("heldOn", m.heldOn());
        out.put("place", m.place());
        return out;
    }

    static Map<String, Object> item(AgendaItem i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("position", i.position());
        out.put("title", i.title());
        return out;
    }

    static Map<String, Object> decision(Decision d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("meetingId", d.meetingId());
        out.put("itemId", d.itemId());
        out.put("text", d.text());
        out.put("for", d.votesFor());
        out.put("against", d.against());
        out.put("abstain", d.abstentions());
        out.put("adopted", d.adopted());
        out.put("supersedesId", d.supersedesId());
        out.put("supersededById", d.supersededById());
        out.put("recordedAt", d.recordedAt());
        out.put("recordedBy", d.recordedBy());
        return out;
    }

    private Governance g() {
        return Governance.of(context);
    }
}
