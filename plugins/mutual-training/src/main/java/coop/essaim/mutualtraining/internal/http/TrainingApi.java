package coop.essaim.mutualtraining.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.mutualtraining.api.Budget;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;
import coop.essaim.mutualtraining.api.NewRequest;
import coop.essaim.mutualtraining.api.Offer;
import coop.essaim.mutualtraining.api.RequestStatus;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.MutualTraining;
import coop.essaim.mutualtraining.internal.catalogue.Catalogue;
import coop.essaim.mutualtraining.internal.criteria.Criteria;
import coop.essaim.mutualtraining.internal.request.Decision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Mutual training in the JSON API, under {@code /api/v1/mutual-training/}: {@code GET requests} (one's own;
 * every request of {@code ?year=} for the committee with {@code ?all}), {@code POST requests},
 * {@code GET requests/{id}}, {@code POST requests/{id}/decision}, {@code POST requests/{id}/spending},
 * {@code GET|POST criteria}, {@code GET|POST budgets/{year}}, {@code GET|POST offers} (the published catalogue,
 * {@code ?trade=&topic=&site=}; a new offer), {@code POST offers/{id}/review}. The services check every permission.
 */
public final class TrainingApi implements ApiContribution {

    private final Supplier<MutualTraining> training;

    public TrainingApi(ModuleContext context) {
        this.training = () -> MutualTraining.of(context);
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("requests", this::list),
                ApiEndpoint.post("requests", call -> {
                    NewRequest r = call.body(TrainingApi::request);
                    TrainingRequest created = training.get().requests().submit(call.user(), r);
                    return ApiResult.created(json(created), "requests/" + created.id());
                }),
                ApiEndpoint.get("requests/{id}", call -> training.get().requests().find(call.user(),
                        call.pathId("id")).map(r -> ApiResult.ok(json(r))).orElseGet(ApiResult::notFound)),
                ApiEndpoint.post("requests/{id}/decision", call -> {
                    long id = call.pathId("id");
                    if (training.get().requests().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    Decision d = call.body(b -> new Decision(b.requiredConstant("choice", Decision.Choice.class),
                            b.requiredString("reasons"), b.string("overrideReason")));
                    return ApiResult.ok(json(training.get().requests().decide(call.user(), id, d)));
                }),
                ApiEndpoint.post("requests/{id}/spending", call -> {
                    long id = call.pathId("id");
                    if (training.get().requests().find(call.user(), id).isEmpty()) {
                        return ApiResult.notFound();
                    }
                    Money amount = call.body(b -> b.requiredMoney("amount"));
                    return ApiResult.ok(json(training.get().requests().spend(call.user(), id, amount)));
                }),
                ApiEndpoint.get("criteria", call -> ApiResult.ok(training.get().criteria().history(call.user())
                        .stream().map(TrainingApi::json).toList())),
                ApiEndpoint.post("criteria", call -> {
                    Criteria c = call.body(TrainingApi::criteria);
                    return ApiResult.created(json(training.get().criteria().add(call.user(), c)), "criteria");
                }),
                ApiEndpoint.get("budgets/{year}", call -> ApiResult.ok(json(training.get().requests()
                        .budget(call.user(), year(call))))),
                ApiEndpoint.post("budgets/{year}", call -> {
                    record Amounts(Money contribution, Money grant) {
                    }
                    Amounts a = call.body(b -> new Amounts(b.requiredMoney("contribution"),
                            b.requiredMoney("grant")));
                    return ApiResult.ok(json(training.get().requests().setBudget(call.user(), year(call),
                            a.contribution(), a.grant())));
                }),
                ApiEndpoint.get("offers", call -> {
                    record Search(String trade, String topic, String site) {
                    }
                    Search s = call.query(q -> new Search(q.string("trade"), q.string("topic"), q.string("site")));
                    List<Offer> found = training.get().catalogue().search(call.user(), s.trade(), s.topic(),
                            s.site());
                    return ApiResult.page(found.stream().map(TrainingApi::json).toList(), 0, ApiQuery.MAX_LIMIT,
                            found.size());
                }),
                ApiEndpoint.post("offers", call -> {
                    Catalogue.NewOffer o = call.body(b -> new Catalogue.NewOffer(b.requiredString("topic"),
                            b.string("trade"), b.string("site"), b.requiredString("level"),
                            b.requiredString("format"), b.requiredDecimal("durationHours"),
                            b.requiredMoney("price"), b.string("description")));
                    Offer created = training.get().catalogue().offer(call.user(), o);
                    return ApiResult.created(json(created), "offers/" + created.id());
                }),
                ApiEndpoint.post("offers/{id}/review", call -> {
                    record Review(boolean publish, String note) {
                    }
                    Review r = call.body(b -> {
                        Boolean publish = b.bool("publish");
                        if (publish == null) {
                            b.reject("publish", "true or false");
                        }
                        return new Review(Boolean.TRUE.equals(publish), b.string("note"));
                    });
                    return ApiResult.ok(json(training.get().catalogue().review(call.user(), call.pathId("id"),
                            r.publish(), r.note())));
                }));
    }

    private ApiResult list(ApiCall call) {
        record Filter(boolean all, Long year, RequestStatus status) {
        }
        Filter f = call.query(q -> new Filter(q.flag("all"), q.id("year"), q.constant("status", RequestStatus.class)));
        List<TrainingRequest> found = f.all() || call.user().can(MutualTrainingPermissions.DECIDE) && f.year() != null
                ? training.get().requests().all(call.user(), f.year() == null ? LocalDate.now().getYear()
                : f.year().intValue(), f.status())
                : training.get().requests().own(call.user()).stream()
                .filter(r -> f.status() == null || r.status() == f.status()).toList();
        return ApiResult.page(found.stream().map(TrainingApi::json).toList(), 0, ApiQuery.MAX_LIMIT, found.size());
    }

    private static int year(ApiCall call) {
        return (int) call.pathId("year");
    }

    private static NewRequest request(ApiBody b) {
        Boolean internal = b.bool("internal");
        return new NewRequest(b.requiredString("title"), Boolean.TRUE.equals(internal), b.id("offerId"),
                b.requiredString("goal"), b.string("purpose"), b.requiredMoney("cost"), b.requiredDecimal("hours"),
                b.id("personId"));
    }

    private static Criteria criteria(ApiBody b) {
        String statuses = b.string("startPhaseStatuses");
        Integer start = b.integer("startPhasePoints");
        Integer internal = b.integer("internalPoints");
        Integer activity = b.integer("activityPoints");
        Money cap = b.money("yearlyCap");
        return new Criteria(b.requiredDate("validFrom"), statuses == null ? List.of()
                : List.of(statuses.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                start == null ? 0 : start, internal == null ? 0 : internal, activity == null ? 0 : activity,
                cap == null ? 0 : cap.minorUnits(), b.requiredDecimal("internalShare"), b.string("note"));
    }

    static Map<String, Object> money(Money m) {
        return Map.of("amount", m.toPlainString(), "currency", m.currency().getCurrencyCode());
    }

    static Map<String, Object> json(TrainingRequest r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("memberUserId", r.memberUserId());
        out.put("memberName", r.memberName());
        out.put("title", r.title());
        out.put("internal", r.internal());
        out.put("offerId", r.offerId());
        out.put("goal", r.goal());
        out.put("purpose", r.purpose());
        out.put("cost", money(r.cost()));
        out.put("hours", r.hours().toPlainString());
        out.put("year", r.year());
        out.put("submittedOn", r.submittedOn().toString());
        out.put("criteriaFrom", r.criteriaFrom() == null ? null : r.criteriaFrom().toString());
        out.put("score", r.score());
        out.put("criteria", r.criteria().stream().map(c -> Map.of("code", c.code(), "met", c.met(),
                "points", c.points(), "explanation", c.explanation())).toList());
        out.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        out.put("decisionReasons", r.decisionReasons());
        out.put("committed", money(r.committed()));
        out.put("spent", money(r.spent()));
        out.put("overrideReason", r.overrideReason());
        return out;
    }

    static Map<String, Object> json(Budget b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", b.year());
        out.put("contribution", money(b.contribution()));
        out.put("grant", money(b.grant()));
        out.put("total", money(b.total()));
        out.put("committed", money(b.committed()));
        out.put("spent", money(b.spent()));
        out.put("remaining", money(b.remaining()));
        out.put("internalReserved", money(b.internalReserved()));
        out.put("externalCommitted", money(b.externalCommitted()));
        return out;
    }

    static Map<String, Object> json(Criteria c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("validFrom", c.validFrom().toString());
        out.put("startPhaseStatuses", String.join(",", c.startPhaseStatuses()));
        out.put("startPhasePoints", c.startPhasePoints());
        out.put("internalPoints", c.internalPoints());
        out.put("activityPoints", c.activityPoints());
        out.put("yearlyCapMinor", c.yearlyCap());
        out.put("internalShare", c.internalShare().toPlainString());
        out.put("note", c.note());
        return out;
    }

    static Map<String, Object> json(Offer o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", o.id());
        out.put("trainerUserId", o.trainerUserId());
        out.put("trainerName", o.trainerName());
        out.put("topic", o.topic());
        out.put("trade", o.trade());
        out.put("site", o.site());
        out.put("level", o.level());
        out.put("format", o.format());
        out.put("durationHours", o.durationHours().toPlainString());
        out.put("price", money(o.price()));
        out.put("description", o.description());
        out.put("status", o.status().toLowerCase(java.util.Locale.ROOT));
        out.put("reviewNote", o.reviewNote());
        return out;
    }
}
