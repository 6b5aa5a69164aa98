package coop.essaim.payroll.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.payroll.Household;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.SalaryPlan;
import coop.essaim.payroll.api.SalaryPlanDraft;
import coop.essaim.payroll.api.Simulation;
import coop.essaim.payroll.internal.Payroll;
import coop.essaim.payroll.internal.job.DeclaredJob;
import coop.essaim.payroll.internal.job.ShortJob;
import coop.essaim.payroll.internal.job.ShortJobDraft;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Payroll in the JSON API, under {@code /api/v1/payroll/}: {@code simulate}, salary {@code plans}
 * ({@code ?activityId=}), the month's run ({@code runs?month=2026-11}; {@code runs/compute} and
 * {@code runs/validate} with {@code {"month"}}), short job contracts ({@code jobs?activityId=&month=},
 * {@code POST jobs}, {@code POST jobs/{id}/cancel}), payslips (one's own; one by id) and each employee's payroll
 * facts. The services check every permission; this layer only reads the calls and writes the answers.
 */
public final class PayrollApi implements ApiContribution {

    private final Supplier<Payroll> payroll;

    public PayrollApi(ModuleContext context) {
        // built per call (it holds only references): the module's store exists by then, whatever the start order
        this.payroll = () -> Payroll.of(context);
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.post("simulate", this::simulate),
                ApiEndpoint.get("plans", this::plans),
                ApiEndpoint.post("plans", this::decide),
                ApiEndpoint.get("jobs", this::jobs),
                ApiEndpoint.post("jobs", this::declareJob),
                ApiEndpoint.post("jobs/{id}/cancel", call -> ApiResult.ok(payroll.get().shortJobs()
                        .cancel(call.user(), call.pathId("id")))),
                ApiEndpoint.get("runs", this::run),
                ApiEndpoint.post("runs/compute", call -> ApiResult.ok(payroll.get().runs().compute(call.user(),
                        bodyMonth(call)))),
                ApiEndpoint.post("runs/validate", call -> ApiResult.ok(payroll.get().runs().validate(call.user(),
                        bodyMonth(call)))),
                ApiEndpoint.get("payslips", this::ownPayslips),
                ApiEndpoint.get("payslips/{id}", call -> payroll.get().runs().payslip(call.user(), call.pathId("id"))
                        .map(ApiResult::ok).orElseGet(ApiResult::notFound)),
                ApiEndpoint.get("employees/{id}", call -> ApiResult.ok(payroll.get().employees()
                        .readable(call.user(), call.pathId("id")))),
                ApiEndpoint.put("employees/{id}", this::recordFacts));
    }

    private ApiResult simulate(ApiCall call) {
        Simulation asked = call.body(b -> new Simulation(month("month", b.string("month"), b::reject), b.money("turnoverExclVat"),
                b.money("expenses"), b.integer("months"), b.money("monthlyBudget"), b.money("gross"),
                b.decimal("hours"), b.money("loadedHourlyCost"), Boolean.TRUE.equals(b.bool("executive"))));
        return ApiResult.ok(payroll.get().simulator().simulate(call.user(), asked));
    }

    private ApiResult plans(ApiCall call) {
        long activity = call.query(q -> q.requiredId("activityId"));
        List<SalaryPlan> plans = payroll.get().plans().ofActivity(call.user(), activity);
        return ApiResult.page(plans, 0, ApiQuery.MAX_LIMIT, plans.size());
    }

    private ApiResult decide(ApiCall call) {
        SalaryPlanDraft draft = call.body(b -> new SalaryPlanDraft(orZero(b.requiredId("activityId")),
                orZero(b.requiredId("personId")), requiredMonth("firstMonth", b.string("firstMonth"), b::reject),
                b.integer("months") == null ? 0 : b.integer("months"), b.money("fixedGross"),
                b.decimal("hoursPerMonth"), b.string("reason")));
        SalaryPlan plan = payroll.get().plans().decide(call.user(), draft);
        return ApiResult.created(plan, "plans?activityId=" + plan.activityId());
    }

    private ApiResult jobs(ApiCall call) {
        record Asked(long activityId, YearMonth month) {
        }
        Asked asked = call.query(q -> new Asked(orZero(q.requiredId("activityId")),
                month("month", q.string("month"), q::reject)));
        List<ShortJob> jobs = payroll.get().shortJobs().ofActivity(call.user(), asked.activityId(), asked.month());
        return ApiResult.page(jobs, 0, ApiQuery.MAX_LIMIT, jobs.size());
    }

    private ApiResult declareJob(ApiCall call) {
        ShortJobDraft draft = call.body(b -> new ShortJobDraft(orZero(b.requiredId("activityId")),
                orZero(b.requiredId("personId")), b.requiredDate("firstDay"), b.requiredDate("lastDay"),
                b.requiredDecimal("hours"), b.requiredMoney("gross"), b.requiredString("description")));
        DeclaredJob declared = payroll.get().shortJobs().declare(call.user(), draft);
        return ApiResult.created(declared, "jobs?activityId=" + declared.job().activityId() + "&month="
                + declared.job().month());
    }

    private ApiResult run(ApiCall call) {
        YearMonth month = call.query(q -> requiredMonth("month", q.string("month"), q::reject));
        return payroll.get().runs().run(call.user(), month).map(ApiResult::ok).orElseGet(ApiResult::notFound);
    }

    private ApiResult ownPayslips(ApiCall call) {
        List<PayslipRecord> own = payroll.get().runs().ownPayslips(call.user());
        return ApiResult.page(own, 0, ApiQuery.MAX_LIMIT, own.size());
    }

    private ApiResult recordFacts(ApiCall call) {
        long person = call.pathId("id");
        EmployeeFacts facts = call.body(b -> new EmployeeFacts(person, Boolean.TRUE.equals(b.bool("executive")),
                b.decimal("withholdingRatePercent"), b.string("iban"), b.string("bic"), b.constant("household", Household.class),
                Optional.ofNullable(b.integer("dependants")).orElse(0)));
        return ApiResult.ok(payroll.get().employees().record(call.user(), facts));
    }

    private YearMonth bodyMonth(ApiCall call) {
        return call.body(b -> requiredMonth("month", b.string("month"), b::reject));
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private interface Rejection {
        void reject(String field, String message);
    }

    private static YearMonth requiredMonth(String field, String text, Rejection rejection) {
        YearMonth month = month(field, text, rejection);
        if (month == null && text == null) {
            rejection.reject(field, "required, as YYYY-MM");
        }
        return month;
    }

    private static YearMonth month(String field, String text, Rejection rejection) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            rejection.reject(field, "expected a month as YYYY-MM, not '" + text + "'");
            return null;
        }
    }
}
