package coop.essaim.accompaniment.internal.http;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.People;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Appointments in the JSON API, under {@code /api/v1/accompaniment/}: {@code GET appointments} (one's own; a
 * person's with {@code ?personId=}; an adviser's from {@code ?from=} to {@code ?to=}, one's own or
 * {@code &adviserUserId=}), {@code GET appointments/{id}}, {@code POST appointments} and
 * {@code PUT appointments/{id}/attendance}. A reader who may not manage the person gets no {@code privateNotes}
 * field at all. Advisers and topics are arrays of objects ({@code [{"userId": 7}]}, {@code [{"label": "prix"}]}),
 * since the API's body reader reads arrays of objects. The services check every permission. The workshops'
 * endpoints are {@link WorkshopApi}'s, the objectives' {@link ObjectiveApi}'s.
 */
public final class AccompanimentApi implements ApiContribution {

    private record Listing(Long personId, Long adviserUserId, LocalDate from, LocalDate to) {
    }

    private final Supplier<Accompaniment> accompaniment;
    private final WorkshopApi workshops;
    private final ObjectiveApi objectives;

    public AccompanimentApi(ModuleContext context) {
        this.accompaniment = () -> Accompaniment.of(context);
        this.workshops = new WorkshopApi(accompaniment);
        this.objectives = new ObjectiveApi(accompaniment, () -> context.service(People.class));
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return Stream.of(appointments(), objectives.endpoints(), workshops.endpoints()).flatMap(List::stream).toList();
    }

    private List<ApiEndpoint> appointments() {
        return List.of(
                ApiEndpoint.get("appointments", this::list),
                ApiEndpoint.post("appointments", this::create),
                ApiEndpoint.get("appointments/{id}", call -> accompaniment.get().appointments()
                        .find(call.user(), call.pathId("id")).map(a -> ApiResult.ok(json(a)))
                        .orElseGet(ApiResult::notFound)),
                ApiEndpoint.put("appointments/{id}/attendance", this::attendance));
    }

    private ApiResult list(ApiCall call) {
        Listing asked = call.query(q -> listing(q));
        var appointments = accompaniment.get().appointments();
        List<Appointment> found;
        if (asked.personId() != null) {
            found = appointments.ofPerson(call.user(), asked.personId());
        } else if (asked.from() != null) {
            found = appointments.ofAdviser(call.user(), asked.adviserUserId() == null ? call.user().userId()
                    : asked.adviserUserId(), asked.from(), asked.to());
        } else {
            found = appointments.own(call.user());
        }
        return ApiResult.page(found.stream().map(AccompanimentApi::json).toList(), 0, ApiQuery.MAX_LIMIT,
                found.size());
    }

    private static Listing listing(ApiQuery q) {
        Long person = q.id("personId");
        Long adviser = q.id("adviserUserId");
        LocalDate from = q.date("from");
        LocalDate to = q.date("to");
        if ((from == null) != (to == null)) {
            q.reject(from == null ? "from" : "to", "from and to go together, as YYYY-MM-DD");
        } else if (from != null && to.isBefore(from)) {
            q.reject("to", "on or after from");
        } else if (from != null && from.plusDays(366).isBefore(to)) {
            q.reject("to", "at most a year after from");
        }
        if (adviser != null && from == null) {
            q.reject("adviserUserId", "with from and to only");
        }
        return new Listing(person, adviser, from, to);
    }

    private ApiResult create(ApiCall call) {
        AppointmentDraft draft = call.body(AccompanimentApi::draft);
        Appointment created = accompaniment.get().appointments().schedule(call.user(), draft);
        return ApiResult.created(json(created), "appointments/" + created.id());
    }

    private ApiResult attendance(ApiCall call) {
        long id = call.pathId("id");
        var appointments = accompaniment.get().appointments();
        if (appointments.find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        Attendance value = call.body(b -> b.requiredConstant("attendance", Attendance.class));
        return ApiResult.ok(json(appointments.recordAttendance(call.user(), id, value)));
    }

    static AppointmentDraft draft(ApiBody b) {
        Long person = b.requiredId("personId");
        String startText = b.requiredString("start");
        Integer minutes = b.integer("durationMinutes");
        AppointmentMode mode = b.requiredConstant("mode", AppointmentMode.class);
        Long site = b.id("establishmentId");
        List<Long> advisers = b.objects("advisers").stream().map(o -> o.requiredId("userId")).toList();
        List<String> topics = b.objects("topics").stream().map(o -> o.requiredString("label")).toList();
        String privateNotes = b.string("privateNotes");
        String sharedNotes = b.string("sharedNotes");
        String nextSteps = b.string("nextSteps");
        LocalDateTime start = null;
        if (startText != null) {
            try {
                start = LocalDateTime.parse(startText.strip());
            } catch (DateTimeParseException e) {
                b.reject("start", "expected a local date and time such as 2027-03-08T09:30, not '" + startText + "'");
            }
        }
        return new AppointmentDraft(person == null ? 0 : person, start, minutes == null ? 0 : minutes, mode, site,
                advisers, topics, privateNotes, sharedNotes, nextSteps);
    }

    /** The appointment's fields; {@code privateNotes} only for those who manage it. */
    static Map<String, Object> json(Appointment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("personId", a.personId());
        out.put("start", a.start());
        out.put("end", a.end());
        out.put("durationMinutes", a.durationMinutes());
        out.put("mode", a.mode());
        out.put("establishmentId", a.establishmentId());
        out.put("advisers", a.adviserUserIds().stream().map(id -> Map.of("userId", id)).toList());
        out.put("topics", a.topics().stream().map(t -> Map.of("label", t)).toList());
        if (a.privateNotesShown()) {
            out.put("privateNotes", a.privateNotes());
        }
        out.put("sharedNotes", a.sharedNotes());
        out.put("nextSteps", a.nextSteps());
        out.put("attendance", a.attendance());
        out.put("createdAt", a.createdAt());
        out.put("createdBy", a.createdBy());
        out.put("updatedAt", a.updatedAt());
        out.put("updatedBy", a.updatedBy());
        return out;
    }
}
