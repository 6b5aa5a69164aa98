package coop.essaim.governance.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.governance.api.ParticipantBase;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProfitSplit;
import coop.essaim.governance.api.ProposedBases;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.governance.api.SplitShare;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.split.ProfitSplits;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year-end profit split in the JSON API, under {@code /api/v1/governance/}: {@code GET|POST split-schemes},
 * {@code GET splits}, {@code GET splits/{year}}, {@code POST splits} (a draft, or its revision),
 * {@code POST splits/{year}/proposal}, {@code POST splits/{year}/adoption}, {@code POST splits/{year}/posting} and
 * {@code GET splits/{year}/proposed-bases?key=SALARY|HOURS|EQUAL} (the participants as payroll's validated payslips
 * give them, and where the figures came from).
 * Percentages and bases are decimal strings ({@code "65"}, {@code "12.5"}), as the API writes decimals. The service
 * checks every permission.
 */
public final class SplitApi implements ApiContribution {

    private final ModuleContext context;

    public SplitApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("split-schemes", call -> ApiResult.ok(s().schemes(call.user()).stream()
                        .map(SplitApi::scheme).toList())),
                ApiEndpoint.post("split-schemes", call -> {
                    SplitScheme s = call.body(b -> new SplitScheme(null, b.requiredString("name"),
                            b.requiredDate("validFrom"), b.requiredDecimal("reserves"),
                            b.requiredDecimal("participation"), b.requiredDecimal("dividends"), orZero(b, "other")));
                    return ApiResult.created(scheme(s().addScheme(call.user(), s)), "split-schemes");
                }),
                ApiEndpoint.get("splits", call -> ApiResult.ok(s().splits(call.user()).stream()
                        .map(SplitApi::split).toList())),
                ApiEndpoint.get("splits/{year}", call -> s().split(call.user(), year(call)).map(SplitApi::split)
                        .map(ApiResult::ok).orElseGet(ApiResult::notFound)),
                ApiEndpoint.get("splits/{year}/proposed-bases", call -> {
                    ParticipationKey key = call.query(q -> q.constant("key", ParticipationKey.class));
                    return ApiResult.ok(proposed(Governance.of(context).participantProposals().propose(call.user(),
                            year(call), key == null ? ParticipationKey.SALARY : key)));
                }),
                ApiEndpoint.post("splits", call -> {
                    ProfitSplits s = s();
                    ProfitSplit p = call.body(b -> {
                        Integer y = b.integer("fiscalYear");
                        List<ParticipantBase> bases = b.objects("participants").stream()
                                .map(o -> new ParticipantBase(o.requiredId("personId"), o.decimal("base"))).toList();
                        return s.draft(call.user(), y == null ? 0 : y, b.id("schemeId"),
                                b.requiredConstant("key", ParticipationKey.class), bases);
                    });
                    return ApiResult.created(split(p), "splits/" + p.fiscalYear());
                }),
                ApiEndpoint.post("splits/{year}/proposal", call -> ApiResult.ok(split(s().propose(call.user(),
                        year(call))))),
                ApiEndpoint.post("splits/{year}/adoption", call -> {
                    ProfitSplits s = s();
                    return ApiResult.ok(split(call.body(b -> s.adopt(call.user(), year(call),
                            b.requiredDate("adoptedOn"), b.string("resolutionRef")))));
                }),
                ApiEndpoint.post("splits/{year}/posting", call -> {
                    ProfitSplits s = s();
                    return ApiResult.ok(split(call.body(b -> s.post(call.user(), year(call), b.date("postedOn")))));
                }));
    }

    private ProfitSplits s() {
        return Governance.of(context).splits();
    }

    private static int year(ApiCall call) {
        return Math.toIntExact(call.pathId("year"));
    }

    private static BigDecimal orZero(ApiBody b, String field) {
        BigDecimal v = b.decimal(field);
        return v == null ? BigDecimal.ZERO : v;
    }

    static Map<String, Object> scheme(SplitScheme s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("name", s.name());
        out.put("validFrom", s.validFrom());
        out.put("reserves", s.reserves().toPlainString());
        out.put("participation", s.participation().toPlainString());
        out.put("dividends", s.dividends().toPlainString());
        out.put("other", s.other().toPlainString());
        return out;
    }

    static Map<String, Object> split(ProfitSplit p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fiscalYear", p.fiscalYear());
        out.put("yearStart", p.yearStart());
        out.put("yearEnd", p.yearEnd());
        out.put("schemeId", p.schemeId());
        out.put("schemeName", p.schemeName());
        out.put("key", p.key().name());
        out.put("status", p.status().name());
        out.put("result", GovernanceApi.money(p.result()));
        out.put("reserves", GovernanceApi.money(p.reserves()));
        out.put("legalReserve", GovernanceApi.money(p.legalReserve()));
        out.put("participation", GovernanceApi.money(p.participation()));
        out.put("dividends", GovernanceApi.money(p.dividends()));
        out.put("other", GovernanceApi.money(p.other()));
        out.put("adoptedOn", p.adoptedOn());
        out.put("resolutionRef", p.resolutionRef());
        out.put("entryId", p.entryId());
        out.put("shares", p.shares().stream().map(SplitApi::share).toList());
        return out;
    }

    static Map<String, Object> proposed(ProposedBases p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fiscalYear", p.fiscalYear());
        out.put("key", p.key().name());
        out.put("source", p.source().name());
        out.put("from", p.from());
        out.put("to", p.to());
        out.put("payslips", p.payslips());
        out.put("participants", p.participants().stream().map(b -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("personId", b.personId());
            one.put("name", b.name());
            one.put("base", b.base().toPlainString());
            return one;
        }).toList());
        return out;
    }

    private static Map<String, Object> share(SplitShare s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personId", s.personId());
        out.put("name", s.name());
        out.put("kind", s.kind().name());
        out.put("base", s.base().toPlainString());
        out.put("amount", GovernanceApi.money(s.amount()));
        return out;
    }
}
