package coop.essaim.governance.internal.http;

import coop.essaim.api.money.Money;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.governance.api.Candidacy;
import coop.essaim.governance.api.CapitalRule;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Governance;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The share register in the JSON API, under {@code /api/v1/governance/}: {@code GET holdings}, {@code GET movements},
 * {@code GET mine} (one's own holding and lines), {@code GET|POST rules}, {@code POST subscriptions},
 * {@code POST subscriptions/{id}/payments}, {@code POST redemptions}, {@code POST movements/{id}/correction}, and
 * becoming associate: {@code GET|POST candidacies}, {@code GET candidacies/mine},
 * {@code POST candidacies/{id}/board-decision} and {@code POST candidacies/{id}/assembly-decision}.
 * Money is {@code {"amount": "20.00", "currency": "EUR"}}. The services check every permission.
 */
public final class GovernanceApi implements ApiContribution {

    private final ModuleContext context;

    public GovernanceApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("holdings", call -> ApiResult.ok(g().register().holdings(call.user()).stream()
                        .map(GovernanceApi::holding).toList())),
                ApiEndpoint.get("movements", call -> ApiResult.ok(g().register().movements(call.user()).stream()
                        .map(GovernanceApi::line).toList())),
                ApiEndpoint.get("mine", this::mine),
                ApiEndpoint.get("rules", call -> ApiResult.ok(g().rules().editions(call.user()).stream()
                        .map(GovernanceApi::rule).toList())),
                ApiEndpoint.post("rules", call -> {
                    Currency c = g().register().currency(call.user());
                    CapitalRule r = call.body(b -> new CapitalRule(b.requiredDate("validFrom"),
                            b.requiredMoney("nominal"), b.requiredMoney("minimumEntry")));
                    return ApiResult.created(rule(g().rules().add(call.user(), r, c)), "rules");
                }),
                ApiEndpoint.post("subscriptions", call -> {
                    Governance g = g();
                    ShareMovement s = call.body(b -> g.register().subscribe(call.user(), b.requiredId("personId"),
                            shares(b.integer("shares")), day(g, b.date("occurredOn")),
                            Boolean.TRUE.equals(b.bool("paidAtOnce"))));
                    return ApiResult.created(line(s), "movements");
                }),
                ApiEndpoint.post("subscriptions/{id}/payments", call -> {
                    Governance g = g();
                    ShareMovement p = call.body(b -> g.register().pay(call.user(), call.pathId("id"),
                            b.requiredMoney("amount"), day(g, b.date("occurredOn"))));
                    return ApiResult.created(line(p), "movements");
                }),
                ApiEndpoint.post("redemptions", call -> {
                    Governance g = g();
                    ShareMovement r = call.body(b -> g.register().redeem(call.user(), b.requiredId("personId"),
                            shares(b.integer("shares")), day(g, b.date("occurredOn")), b.string("note")));
                    return ApiResult.created(line(r), "movements");
                }),
                ApiEndpoint.get("candidacies", call -> ApiResult.ok(g().candidacies().all(call.user()).stream()
                        .map(GovernanceApi::candidacy).toList())),
                ApiEndpoint.get("candidacies/mine", call -> ApiResult.ok(g().candidacies().own(call.user()).stream()
                        .map(GovernanceApi::candidacy).toList())),
                ApiEndpoint.post("candidacies", call -> {
                    Governance g = g();
                    Candidacy c = call.body(b -> g.candidacies().apply(call.user(), b.requiredId("personId"),
                            b.requiredString("letter"), b.date("submittedOn")));
                    return ApiResult.created(candidacy(c), "candidacies");
                }),
                ApiEndpoint.post("candidacies/{id}/board-decision", call -> decision(call, true)),
                ApiEndpoint.post("candidacies/{id}/assembly-decision", call -> decision(call, false)),
                ApiEndpoint.post("movements/{id}/correction", call -> {
                    Governance g = g();
                    ShareMovement c = call.body(b -> g.register().correct(call.user(), call.pathId("id"),
                            day(g, b.date("occurredOn")), b.requiredString("reason")));
                    return ApiResult.created(line(c), "movements");
                }));
    }

    private ApiResult decision(ApiCall call, boolean board) {
        Governance g = g();
        Candidacy c = call.body(b -> {
            boolean approved = Boolean.TRUE.equals(b.bool("approved"));
            String reasons = b.requiredString("reasons");
            LocalDate on = b.date("decidedOn");
            return board ? g.candidacies().boardDecision(call.user(), call.pathId("id"), approved, reasons, on)
                    : g.candidacies().assemblyDecision(call.user(), call.pathId("id"), approved, reasons, on);
        });
        return ApiResult.ok(candidacy(c));
    }

    static Map<String, Object> candidacy(Candidacy c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("personId", c.personId());
        out.put("letter", c.letter());
        out.put("submittedOn", c.submittedOn());
        out.put("boardFirst", c.boardFirst());
        out.put("stage", c.stage().name());
        out.put("boardDecidedOn", c.boardDecidedOn());
        out.put("boardApproved", c.boardApproved());
        out.put("boardReasons", c.boardReasons());
        out.put("assemblyDecidedOn", c.assemblyDecidedOn());
        out.put("assemblyApproved", c.assemblyApproved());
        out.put("assemblyReasons", c.assemblyReasons());
        return out;
    }

    private Governance g() {
        return Governance.of(context);
    }

    private ApiResult mine(ApiCall call) {
        Governance g = g();
        return g.register().own(call.user()).map(h -> {
            Map<String, Object> out = new LinkedHashMap<>(holding(h));
            out.put("movements", g.register().ownMovements(call.user()).stream().map(GovernanceApi::line).toList());
            return ApiResult.ok(out);
        }).orElseGet(ApiResult::notFound);
    }

    /** Absent: today. */
    private static LocalDate day(Governance g, LocalDate given) {
        return given == null ? g.register().today() : given;
    }

    /** Absent: zero, which the register refuses naming {@code shares}. */
    private static int shares(Integer given) {
        return given == null ? 0 : given;
    }

    static Map<String, Object> holding(Holding h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personId", h.personId());
        out.put("name", h.name());
        out.put("shares", h.shares());
        out.put("subscribed", money(h.subscribed()));
        out.put("paid", money(h.paid()));
        out.put("due", money(h.due()));
        out.put("refundOwed", money(h.refundOwed()));
        return out;
    }

    static Map<String, Object> line(ShareMovement m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("personId", m.personId());
        out.put("kind", m.kind().name());
        out.put("shares", m.shares());
        out.put("amount", money(m.amount()));
        out.put("refund", money(m.refund()));
        out.put("occurredOn", m.occurredOn());
        out.put("subscriptionId", m.subscriptionId());
        out.put("correctsId", m.correctsId());
        out.put("note", m.note());
        out.put("entryId", m.entryId());
        out.put("corrected", m.corrected());
        return out;
    }

    static Map<String, Object> rule(CapitalRule r) {
        return Map.of("validFrom", r.validFrom(), "nominal", money(r.nominal()), "minimumEntry",
                money(r.minimumEntry()));
    }

    static Map<String, Object> money(Money m) {
        return Map.of("amount", m.toPlainString(), "currency", m.currency().getCurrencyCode());
    }
}
