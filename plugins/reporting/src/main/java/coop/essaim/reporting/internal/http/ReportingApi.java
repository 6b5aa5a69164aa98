package coop.essaim.reporting.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.reporting.api.ActivityReport;
import coop.essaim.reporting.internal.ActivityReports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activity report in the JSON API: {@code GET /api/v1/reporting/activity-report?year=&establishmentId=}
 * (year: this year when absent; no site: the whole cooperative). Amounts as {@code {"amount", "currency"}},
 * numbers as strings, a value's {@code status} saying why it is missing (withheld from this reader, unavailable).
 */
public final class ReportingApi implements ApiContribution {

    private final ModuleContext context;

    public ReportingApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(ApiEndpoint.get("activity-report", this::activityReport));
    }

    private ApiResult activityReport(ApiCall call) {
        record Asked(Long year, Long site) {
        }
        Asked asked = call.query(q -> new Asked(q.id("year"), q.id("establishmentId")));
        int year = asked.year() == null ? LocalDate.now().getYear() : (int) Math.min(asked.year(), Integer.MAX_VALUE);
        ActivityReport report = ActivityReports.of(context).report(call.user(), year, asked.site());
        return ApiResult.ok(json(report));
    }

    static Map<String, Object> json(ActivityReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", r.year());
        out.put("establishmentId", r.establishmentId());
        out.put("site", r.siteName());
        out.put("years", r.years());
        out.put("measures", r.rows().stream().map(ReportingApi::row).toList());
        out.put("genderRecorded", false);
        return out;
    }

    private static Map<String, Object> row(ActivityReport.Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", row.key());
        out.put("module", row.moduleId());
        out.put("label", row.label());
        out.put("unit", row.unit().name().toLowerCase(java.util.Locale.ROOT));
        out.put("values", row.cells().stream().map(ReportingApi::cell).toList());
        out.put("parts", row.parts().stream().map(p -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("key", p.key());
            part.put("label", p.label());
            part.put("count", p.count());
            return part;
        }).toList());
        return out;
    }

    private static Map<String, Object> cell(ActivityReport.Cell c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", c.year());
        out.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
        if (c.money() != null) {
            out.put("value", Map.of("amount", c.money().toPlainString(), "currency", c.money().currency().getCurrencyCode()));
        } else {
            out.put("value", c.number() == null ? null : c.number().toPlainString());
        }
        return out;
    }
}
