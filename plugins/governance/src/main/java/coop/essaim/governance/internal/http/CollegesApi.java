package coop.essaim.governance.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.governance.api.College;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.assembly.Colleges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The colleges of the general assembly in the JSON API, under {@code /api/v1/governance/}:
 * {@code GET bodies/{id}/colleges} (the colleges and who belongs to which), {@code PUT bodies/{id}/colleges}
 * {@code {"colleges": [{"name", "weight"}]}} (the whole set; an empty list removes them) and
 * {@code POST bodies/{id}/colleges/members} {@code {"personId", "collegeId"}}. The service checks every permission.
 */
public final class CollegesApi implements ApiContribution {

    private final ModuleContext context;

    public CollegesApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("bodies/{id}/colleges", this::colleges),
                ApiEndpoint.put("bodies/{id}/colleges", call -> {
                    Colleges c = colleges();
                    call.body(b -> c.define(call.user(), call.pathId("id"), b.objects("colleges").stream()
                            .map(o -> new Colleges.Draft(o.string("name"), o.integer("weight"))).toList()));
                    return colleges(call);
                }),
                ApiEndpoint.post("bodies/{id}/colleges/members", call -> {
                    Colleges c = colleges();
                    College college = call.body(b -> c.assign(call.user(), call.pathId("id"),
                            b.requiredId("personId"), b.requiredId("collegeId")));
                    return ApiResult.ok(college(college));
                }));
    }

    private ApiResult colleges(ApiCall call) {
        Colleges c = colleges();
        long body = call.pathId("id");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("colleges", c.colleges(call.user(), body).stream().map(CollegesApi::college).toList());
        out.put("members", c.members(call.user(), body).entrySet().stream()
                .map(e -> Map.of("personId", e.getKey(), "collegeId", e.getValue())).toList());
        return ApiResult.ok(out);
    }

    static Map<String, Object> college(College c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("bodyId", c.bodyId());
        out.put("name", c.name());
        out.put("weight", c.weight());
        return out;
    }

    private Colleges colleges() {
        return Governance.of(context).colleges();
    }
}
