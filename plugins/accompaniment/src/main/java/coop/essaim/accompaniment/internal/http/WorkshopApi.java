package coop.essaim.accompaniment.internal.http;

import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.WorkshopDraft;
import coop.essaim.accompaniment.api.WorkshopFigures;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.api.WorkshopSessionDraft;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.api.people.Person;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Workshops in the JSON API, under {@code /api/v1/accompaniment/}: {@code GET|POST workshops},
 * {@code GET|PUT workshops/{id}}, {@code GET|POST workshop-sessions} ({@code ?from=&to=}, optionally {@code &siteId=}),
 * {@code GET workshop-sessions/{id}}, {@code GET|POST workshop-sessions/{id}/sign-ups} (the team's list; a sign-up
 * with {@code {"personId": 12}}, one's own without it), {@code GET sign-ups} (one's own, or {@code ?personId=}),
 * {@code GET sign-ups/{id}}, {@code PUT sign-ups/{id}/status} with {@code {"status": "cancelled"}} or
 * {@code "confirmed"}, {@code PUT sign-ups/{id}/attendance} with {@code {"attendance": "present"}}, and
 * {@code GET workshop-statistics?from=2026-01&to=2026-06} (optionally {@code &siteId=}), the team's figures. The
 * records are written as they are; the service checks every permission.
 */
final class WorkshopApi {

    private record Period(LocalDate from, LocalDate to, Long siteId) {
    }

    private final Supplier<Accompaniment> accompaniment;

    WorkshopApi(Supplier<Accompaniment> accompaniment) {
        this.accompaniment = accompaniment;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("workshops", call -> {
                    boolean all = call.query(q -> q.flag("all"));
                    var found = workshops().catalogue(call.user(), all);
                    return ApiResult.page(found, 0, ApiQuery.MAX_LIMIT, found.size());
                }),
                ApiEndpoint.post("workshops", call -> {
                    var created = workshops().create(call.user(), call.body(WorkshopApi::workshop));
                    return ApiResult.created(created, "workshops/" + created.id());
                }),
                ApiEndpoint.get("workshops/{id}", call -> workshops().find(call.user(), call.pathId("id"))
                        .map(ApiResult::ok).orElseGet(ApiResult::notFound)),
                ApiEndpoint.put("workshops/{id}", call -> {
                    long id = call.pathId("id");
                    if (workshops().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    return ApiResult.ok(workshops().update(call.user(), id, call.body(WorkshopApi::workshop)));
                }),
                ApiEndpoint.get("workshop-sessions", this::sessions),
                ApiEndpoint.post("workshop-sessions", call -> {
                    WorkshopSession planned = workshops().plan(call.user(), call.body(WorkshopApi::session));
                    return ApiResult.created(planned, "workshop-sessions/" + planned.id());
                }),
                ApiEndpoint.get("workshop-sessions/{id}", call -> workshops().session(call.user(),
                        call.pathId("id")).map(ApiResult::ok).orElseGet(ApiResult::notFound)),
                ApiEndpoint.get("workshop-sessions/{id}/sign-ups", call -> {
                    List<SignUp> found = workshops().signUps(call.user(), call.pathId("id"));
                    return ApiResult.page(found, 0, ApiQuery.MAX_LIMIT, found.size());
                }),
                ApiEndpoint.post("workshop-sessions/{id}/sign-ups", this::signUp),
                ApiEndpoint.get("sign-ups", call -> {
                    Long person = call.query(q -> q.id("personId"));
                    List<SignUp> found = person == null ? workshops().own(call.user())
                            : workshops().ofPerson(call.user(), person);
                    return ApiResult.page(found, 0, ApiQuery.MAX_LIMIT, found.size());
                }),
                ApiEndpoint.get("sign-ups/{id}", call -> workshops().findSignUp(call.user(), call.pathId("id"))
                        .map(ApiResult::ok).orElseGet(ApiResult::notFound)),
                ApiEndpoint.put("sign-ups/{id}/status", this::status),
                ApiEndpoint.get("workshop-statistics", this::statistics),
                ApiEndpoint.put("sign-ups/{id}/attendance", call -> {
                    long id = call.pathId("id");
                    if (workshops().findSignUp(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    Attendance value = call.body(b -> b.requiredConstant("attendance", Attendance.class));
                    return ApiResult.ok(workshops().recordAttendance(call.user(), id, value));
                }));
    }

    private WorkshopBook workshops() {
        return accompaniment.get().workshops();
    }

    private ApiResult sessions(ApiCall call) {
        Period asked = call.query(q -> {
            LocalDate from = q.requiredDate("from");
            LocalDate to = q.requiredDate("to");
            if (from != null && to != null && to.isBefore(from)) {
                q.reject("to", "on or after from");
            } else if (from != null && to != null && from.plusDays(366).isBefore(to)) {
                q.reject("to", "at most a year after from");
            }
            return new Period(from, to, q.id("siteId"));
        });
        List<WorkshopSession> found = workshops().sessions(call.user(), asked.from(), asked.to(), asked.siteId());
        return ApiResult.page(found, 0, ApiQuery.MAX_LIMIT, found.size());
    }

    private record Months(YearMonth from, YearMonth to, Long siteId) {
    }

    private ApiResult statistics(ApiCall call) {
        Months asked = call.query(q -> new Months(month(q, "from"), month(q, "to"), q.id("siteId")));
        List<WorkshopFigures> found = accompaniment.get().statistics().figures(call.user(), asked.from(),
                asked.to(), asked.siteId());
        return ApiResult.page(found, 0, ApiQuery.MAX_LIMIT, found.size());
    }

    private static YearMonth month(ApiQuery q, String name) {
        String text = q.string(name);
        if (text == null) {
            q.reject(name, "required, a month such as 2026-03");
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            q.reject(name, "a month such as 2026-03, not '" + text + "'");
            return null;
        }
    }

    private ApiResult signUp(ApiCall call) {
        long sessionId = call.pathId("id");
        if (workshops().session(call.user(), sessionId).isEmpty()) {
            return ApiResult.notFound();
        }
        Long person = call.body(b -> b.id("personId"));
        if (person == null) {
            person = accompaniment.get().ownFile(call.user()).map(Person::id).orElse(0L);
        }
        SignUp made = workshops().signUp(call.user(), sessionId, person);
        return ApiResult.created(made, "sign-ups/" + made.id());
    }

    private ApiResult status(ApiCall call) {
        long id = call.pathId("id");
        if (workshops().findSignUp(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        SignUpStatus wanted = call.body(b -> {
            SignUpStatus value = b.requiredConstant("status", SignUpStatus.class);
            if (value != null && value != SignUpStatus.CANCELLED && value != SignUpStatus.CONFIRMED) {
                b.reject("status", "cancelled or confirmed");
            }
            return value;
        });
        return ApiResult.ok(wanted == SignUpStatus.CANCELLED ? workshops().cancel(call.user(), id)
                : workshops().confirm(call.user(), id));
    }

    static WorkshopDraft workshop(ApiBody b) {
        WorkshopKind kind = b.constant("kind", WorkshopKind.class);
        String title = b.requiredString("title");
        String description = b.string("description");
        String audience = b.string("audience");
        Integer minutes = b.integer("durationMinutes");
        Integer capacity = b.integer("capacity");
        Boolean online = b.bool("online");
        Long site = b.id("establishmentId");
        List<Long> trainers = b.objects("trainers").stream().map(o -> o.requiredId("userId")).toList();
        Boolean active = b.bool("active");
        return new WorkshopDraft(kind == null ? WorkshopKind.WORKSHOP : kind, title, description, audience,
                minutes == null ? 0 : minutes, capacity == null ? 0 : capacity, Boolean.TRUE.equals(online), site,
                trainers, active == null || active);
    }

    static WorkshopSessionDraft session(ApiBody b) {
        Long workshop = b.requiredId("workshopId");
        String startText = b.requiredString("start");
        Integer minutes = b.integer("durationMinutes");
        Integer capacity = b.integer("capacity");
        Boolean online = b.bool("online");
        Long site = b.id("establishmentId");
        String agenda = b.string("agenda");
        LocalDateTime start = null;
        if (startText != null) {
            try {
                start = LocalDateTime.parse(startText.strip());
            } catch (DateTimeParseException e) {
                b.reject("start", "expected a local date and time such as 2027-03-08T09:30, not '" + startText + "'");
            }
        }
        return new WorkshopSessionDraft(workshop == null ? 0 : workshop, start, minutes, capacity, online, site,
                agenda);
    }
}
