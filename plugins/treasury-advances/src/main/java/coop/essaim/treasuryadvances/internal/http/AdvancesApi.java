package coop.essaim.treasuryadvances.internal.http;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.Instalment;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import coop.essaim.treasuryadvances.api.VoteChoice;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import coop.essaim.treasuryadvances.internal.advance.CoreFigures;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Treasury advances in the JSON API, under {@code /api/v1/treasury-advances/}: {@code GET advances} (an
 * entrepreneur's own; everyone's, {@code ?status=}, with {@code MANAGE}), {@code POST advances} (a request),
 * {@code GET advances/{id}}, {@code GET advances/{id}/checks} (each rule on today's figures),
 * {@code GET|POST advances/{id}/votes} (the board only), {@code POST advances/{id}/decision},
 * {@code POST advances/{id}/disbursement}, {@code POST advances/{id}/repayments},
 * {@code POST advances/{id}/write-off}, {@code POST receipts} (apply the latest client payments) and
 * {@code GET exposure}. The services check every permission.
 */
public final class AdvancesApi implements ApiContribution {

    private final Supplier<TreasuryAdvances> advances;
    private final ModuleContext context;

    public AdvancesApi(ModuleContext context) {
        this.context = context;
        this.advances = () -> TreasuryAdvances.of(context);
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("advances", this::list),
                ApiEndpoint.post("advances", this::request),
                ApiEndpoint.get("advances/{id}", call -> advances.get().advances().find(call.user(), call.pathId("id"))
                        .map(a -> ApiResult.ok(AdvanceJson.of(a))).orElseGet(ApiResult::notFound)),
                ApiEndpoint.get("advances/{id}/checks", call -> on(call, this::checks)),
                ApiEndpoint.get("advances/{id}/votes", call -> on(call, (c, a) -> ApiResult.ok(advances.get()
                        .approvals().votes(c.user(), a.id()).stream().map(AdvanceJson::vote).toList()))),
                ApiEndpoint.post("advances/{id}/votes", call -> on(call, this::vote)),
                ApiEndpoint.post("advances/{id}/decision", call -> on(call, this::decide)),
                ApiEndpoint.post("advances/{id}/disbursement", call -> on(call, (c, a) -> ApiResult.ok(
                        AdvanceJson.of(advances.get().ledger().disburse(c.user(), a.id()))))),
                ApiEndpoint.post("advances/{id}/repayments", call -> on(call, (c, a) -> {
                    Money amount = c.body(b -> b.requiredMoney("amount"));
                    return ApiResult.ok(AdvanceJson.of(advances.get().ledger().repay(c.user(), a.id(), amount)));
                })),
                ApiEndpoint.post("advances/{id}/write-off", call -> on(call, (c, a) -> {
                    String reasons = c.body(b -> b.requiredString("reasons"));
                    return ApiResult.ok(AdvanceJson.of(advances.get().ledger().writeOff(c.user(), a.id(), reasons)));
                })),
                ApiEndpoint.post("receipts", call -> ApiResult.ok(Map.of("repayments",
                        advances.get().ledger().applyReceipts(call.user())))),
                ApiEndpoint.get("rules", call -> ApiResult.ok(rules(call))),
                ApiEndpoint.post("rules", call -> {
                    RuleEdition e = call.body(b -> edition(b, currency(call)));
                    advances.get().rules().add(call.user(), e);
                    return ApiResult.created(rules(call), "rules");
                }),
                ApiEndpoint.get("exposure", call -> ApiResult.ok(AdvanceJson.exposure(advances.get().exposure()
                        .report(call.user(), currency(call))))));
    }

    private ApiResult list(ApiCall call) {
        AdvanceStatus status = call.query(q -> q.constant("status", AdvanceStatus.class));
        boolean everyone = call.user().can(TreasuryAdvancePermissions.MANAGE) && !call.user().confinedToOwnActivities();
        List<TreasuryAdvance> found = everyone ? advances.get().advances().all(call.user(), status)
                : advances.get().advances().own(call.user()).stream()
                .filter(a -> status == null || a.status() == status).toList();
        return ApiResult.page(found.stream().map(AdvanceJson::of).toList(), 0, ApiQuery.MAX_LIMIT, found.size());
    }

    private ApiResult request(ApiCall call) {
        AdvanceRequest r = call.body(AdvancesApi::draft);
        TreasuryAdvance created = advances.get().advances().request(call.user(), r);
        return ApiResult.created(AdvanceJson.of(created), "advances/" + created.id());
    }

    private ApiResult checks(ApiCall call, TreasuryAdvance a) {
        return ApiResult.ok(advances.get().advances().checks(call.user(), a.activityId(), a.kind(), a.amount(),
                a.id()).stream().map(AdvanceJson::check).toList());
    }

    private ApiResult vote(ApiCall call, TreasuryAdvance a) {
        long id = a.id();
        record Cast(VoteChoice choice, String comment) {
        }
        Cast c = call.body(b -> new Cast(b.requiredConstant("choice", VoteChoice.class), b.string("comment")));
        return ApiResult.ok(advances.get().approvals().vote(call.user(), id, c.choice(), c.comment()).stream()
                .map(AdvanceJson::vote).toList());
    }

    private ApiResult decide(ApiCall call, TreasuryAdvance a) {
        long id = a.id();
        record Decision(boolean approve, String reasons, java.math.BigDecimal share) {
        }
        Decision d = call.body(b -> {
            Boolean approve = b.bool("approve");
            if (approve == null) {
                b.reject("approve", "true or false");
            }
            return new Decision(Boolean.TRUE.equals(approve), b.requiredString("reasons"), b.decimal("receiptShare"));
        });
        return ApiResult.ok(AdvanceJson.of(advances.get().approvals().decide(call.user(), id, d.approve(),
                d.reasons(), d.share())));
    }

    /** The advance of the path, if the caller reads it; otherwise 404 before anything else. */
    private ApiResult on(ApiCall call, BiFunction<ApiCall, TreasuryAdvance, ApiResult> operation) {
        return advances.get().advances().find(call.user(), call.pathId("id")).map(a -> operation.apply(call, a))
                .orElseGet(ApiResult::notFound);
    }

    /** The edition in force today and every edition; readable by whoever may request or manage advances. */
    private Map<String, Object> rules(ApiCall call) {
        if (!call.user().can(TreasuryAdvancePermissions.REQUEST) && !call.user().can(TreasuryAdvancePermissions.MANAGE)
                && !call.user().can(TreasuryAdvancePermissions.RULES)) {
            throw new coop.essaim.api.security.AccessDeniedException(TreasuryAdvancePermissions.REQUEST);
        }
        var book = advances.get().rules();
        long coop = call.user().cooperativeId();
        Currency c = currency(call);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("inForce", AdvanceJson.edition(book.inForce(coop, java.time.LocalDate.now()), c));
        out.put("editions", book.history(coop).stream().map(e -> AdvanceJson.edition(e, c)).toList());
        return out;
    }

    static RuleEdition edition(ApiBody b, Currency currency) {
        var validFrom = b.requiredDate("validFrom");
        var invoiceShare = b.requiredDecimal("invoiceShare");
        Money activityCeiling = b.requiredMoney("activityCeiling");
        RuleEdition.ExposureBase base = b.requiredConstant("exposureBase", RuleEdition.ExposureBase.class);
        var exposureShare = b.requiredDecimal("exposureShare");
        Money fund = b.money("fund");
        Integer seniority = b.integer("minSeniorityMonths");
        Money threshold = b.requiredMoney("delegateThreshold");
        Boolean auto = b.bool("automatic");
        var autoShare = b.decimal("automaticInvoiceShare");
        List<Long> autoActivities = b.objects("automaticActivities").stream().map(o -> o.requiredId("activityId"))
                .toList();
        return new RuleEdition(validFrom, invoiceShare, minor(activityCeiling), base, exposureShare, minor(fund),
                seniority == null ? 0 : seniority, minor(threshold), Boolean.TRUE.equals(auto),
                autoShare == null ? java.math.BigDecimal.ZERO : autoShare, java.util.Set.copyOf(autoActivities));
    }

    private static long minor(Money m) {
        return m == null ? 0 : m.minorUnits();
    }

    static AdvanceRequest draft(ApiBody b) {
        Long activity = b.requiredId("activityId");
        AdvanceKind kind = b.requiredConstant("kind", AdvanceKind.class);
        Money amount = b.requiredMoney("amount");
        String reason = b.requiredString("reason");
        List<String> invoices = b.objects("invoices").stream().map(o -> o.requiredString("number")).toList();
        RepaymentMode mode = b.requiredConstant("repayment", RepaymentMode.class);
        var share = b.decimal("receiptShare");
        var dueOn = b.date("dueOn");
        List<Instalment> schedule = b.objects("schedule").stream()
                .map(o -> new Instalment(o.requiredDate("dueOn"), o.requiredMoney("amount"))).toList();
        return new AdvanceRequest(activity == null ? 0 : activity, kind, amount, reason, invoices, mode, share, dueOn,
                schedule);
    }

    private Currency currency(ApiCall call) {
        return Currency.getInstance(context.service(CooperativeDirectory.class).find(call.user().cooperativeId())
                .map(c -> c.currency()).orElse("EUR"));
    }

    static Map<String, Object> money(Money m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("amount", m.toPlainString());
        out.put("currency", m.currency().getCurrencyCode());
        return out;
    }
}
