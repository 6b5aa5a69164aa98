package coop.essaim.governance.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.Messages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bodies and mandates in the JSON API, under {@code /api/v1/governance/}: {@code GET|POST bodies},
 * {@code POST bodies/{id}/name} (rename), {@code GET bodies/{id}/mandates?on=} (who sits that day; without
 * {@code on}, the whole history for those who keep the bodies, today's members for an associate),
 * {@code POST bodies/{id}/mandates} (appoint) and {@code POST mandates/{id}/end}. The services check every
 * permission.
 */
public final class BodiesApi implements ApiContribution {

    private final ModuleContext context;

    public BodiesApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("bodies", call -> ApiResult.ok(g().bodies().all(call.user()).stream()
                        .map(BodiesApi::body).toList())),
                ApiEndpoint.post("bodies", call -> {
                    Governance g = g();
                    Body b = call.body(x -> {
                        String kind = x.requiredString("kind");
                        String name = x.requiredString("name");
                        return g.bodies().create(call.user(), kind(kind, call), name);
                    });
                    return ApiResult.created(body(b), "bodies");
                }),
                ApiEndpoint.post("bodies/{id}/name", call -> {
                    Governance g = g();
                    return ApiResult.ok(body(call.body(x -> g.bodies().rename(call.user(), call.pathId("id"),
                            x.requiredString("name")))));
                }),
                ApiEndpoint.get("bodies/{id}/mandates", this::mandates),
                ApiEndpoint.post("bodies/{id}/mandates", call -> {
                    Governance g = g();
                    Mandate m = call.body(x -> g.bodies().appoint(call.user(), call.pathId("id"),
                            x.requiredId("personId"), x.requiredString("role"), x.requiredDate("from"),
                            x.date("to")));
                    return ApiResult.created(mandate(g, call.user(), m), "mandates");
                }),
                ApiEndpoint.post("mandates/{id}/end", call -> {
                    Governance g = g();
                    Mandate m = call.body(x -> g.bodies().end(call.user(), call.pathId("id"), x.requiredDate("to")));
                    return ApiResult.ok(mandate(g, call.user(), m));
                }));
    }

    private ApiResult mandates(ApiCall call) {
        Governance g = g();
        UserContext user = call.user();
        LocalDate on = call.query(q -> q.date("on"));
        long id = call.pathId("id");
        List<Mandate> list = on == null && user.can(GovernancePermissions.ASSEMBLIES_MANAGE)
                ? g.bodies().mandates(user, g.bodies().body(user, id).id())
                : g.bodies().membersOn(user, id, on == null ? g.bodies().today() : on);
        return ApiResult.ok(list.stream().map(m -> mandate(g, user, m)).toList());
    }

    private static BodyKind kind(String given, ApiCall call) {
        try {
            return BodyKind.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", Messages.text(call.user().locale(), "error.oneOf",
                    List.of(BodyKind.values())));
        }
    }

    static Map<String, Object> body(Body b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", b.id());
        out.put("kind", b.kind().name());
        out.put("name", b.name());
        return out;
    }

    static Map<String, Object> mandate(Governance g, UserContext user, Mandate m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("bodyId", m.bodyId());
        out.put("personId", m.personId());
        out.put("name", g.bodies().name(user, m.personId()));
        out.put("role", m.role());
        out.put("from", m.from());
        out.put("to", m.to());
        return out;
    }

    private Governance g() {
        return Governance.of(context);
    }
}
