package coop.essaim.accompaniment.internal.http;

import coop.essaim.accompaniment.api.Objective;
import coop.essaim.accompaniment.api.ObjectiveDraft;
import coop.essaim.accompaniment.api.ObjectiveKind;
import coop.essaim.accompaniment.api.ObjectiveReview;
import coop.essaim.accompaniment.api.ObjectiveStatus;
import coop.essaim.accompaniment.internal.Accompaniment;
import coop.essaim.accompaniment.internal.appointment.AppointmentReach;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Objectives in the JSON API, under {@code /api/v1/accompaniment/}: {@code GET objectives} (one's own, or
 * {@code ?personId=}), {@code GET objectives/{id}}, {@code POST objectives} and {@code POST objectives/{id}/reviews}.
 * The services check every permission.
 */
final class ObjectiveApi {

    private final Supplier<Accompaniment> accompaniment;
    private final Supplier<People> people;

    ObjectiveApi(Supplier<Accompaniment> accompaniment, Supplier<People> people) {
        this.accompaniment = accompaniment;
        this.people = people;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("objectives", this::list),
                ApiEndpoint.post("objectives", this::create),
                ApiEndpoint.get("objectives/{id}", call -> accompaniment.get().objectives()
                        .find(call.user(), call.pathId("id")).map(o -> ApiResult.ok(json(o)))
                        .orElseGet(ApiResult::notFound)),
                ApiEndpoint.post("objectives/{id}/reviews", this::review));
    }

    private ApiResult list(ApiCall call) {
        Long asked = call.query(q -> q.id("personId"));
        Long person = asked != null ? asked
                : new AppointmentReach(people.get(), call.user()).ownFile().map(p -> p.id()).orElse(null);
        List<Objective> found = person == null ? List.of() : accompaniment.get().objectives().ofPerson(call.user(), person);
        return ApiResult.page(found.stream().map(ObjectiveApi::json).toList(), 0, ApiQuery.MAX_LIMIT, found.size());
    }

    private ApiResult create(ApiCall call) {
        ObjectiveDraft draft = call.body(b -> {
            Long person = b.requiredId("personId");
            ObjectiveKind kind = b.requiredConstant("kind", ObjectiveKind.class);
            String label = b.requiredString("label");
            Money amount = b.money("amount");
            Integer hours = b.integer("hours");
            LocalDate due = b.date("dueOn");
            return new ObjectiveDraft(person == null ? 0 : person, kind, label, amount, hours, due);
        });
        Objective set = accompaniment.get().objectives().set(call.user(), draft);
        return ApiResult.created(json(set), "objectives/" + set.id());
    }

    private record Review(LocalDate on, Long appointmentId, ObjectiveStatus status, String note) {
    }

    private ApiResult review(ApiCall call) {
        long id = call.pathId("id");
        var objectives = accompaniment.get().objectives();
        if (objectives.find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        Review r = call.body(b -> new Review(b.date("reviewedOn"), b.id("appointmentId"),
                b.requiredConstant("status", ObjectiveStatus.class), b.string("note")));
        return ApiResult.ok(json(objectives.review(call.user(), id, r.on(), r.appointmentId(), r.status(), r.note())));
    }

    static Map<String, Object> json(Objective o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", o.id());
        out.put("personId", o.personId());
        out.put("kind", o.kind());
        out.put("label", o.label());
        out.put("amount", o.amount() == null ? null
                : Map.of("amount", o.amount().toPlainString(), "currency", o.amount().currency().getCurrencyCode()));
        out.put("hours", o.hours());
        out.put("dueOn", o.dueOn());
        out.put("status", o.status());
        out.put("setBy", o.setBy());
        out.put("setAt", o.setAt());
        out.put("reviews", o.reviews().stream().map(ObjectiveApi::json).toList());
        return out;
    }

    private static Map<String, Object> json(ObjectiveReview r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("reviewedOn", r.reviewedOn());
        out.put("appointmentId", r.appointmentId());
        out.put("status", r.status());
        out.put("note", r.note());
        out.put("reviewedBy", r.reviewedBy());
        out.put("recordedAt", r.recordedAt());
        return out;
    }
}
