package coop.essaim.governance.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.assembly.AssemblyDocuments;
import coop.essaim.governance.internal.assembly.Convocation;
import coop.essaim.governance.internal.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assemblies and votes in the JSON API, under {@code /api/v1/governance/}: {@code GET|POST assemblies},
 * {@code GET assemblies/mine}, {@code GET assemblies/{id}} (with attendance, quorum and resolutions),
 * {@code GET assemblies/{id}/minutes.pdf} (the minutes, for whoever reads the assembly),
 * {@code POST assemblies/{id}/attendance}, {@code POST assemblies/{id}/resolutions},
 * {@code POST assemblies/{id}/convocation} (sent by e-mail; again only with {@code "resend": true}),
 * {@code POST resolutions/{id}/open|close|votes} (the secretary) and {@code POST resolutions/{id}/my-vote} (online).
 * The services check every permission; an associate reads only the assemblies that call them.
 */
public final class AssembliesApi implements ApiContribution {

    private final ModuleContext context;

    public AssembliesApi(ModuleContext context) {
        this.context = context;
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("assemblies", call -> ApiResult.ok(g().assemblies().all(call.user()).stream()
                        .map(AssembliesApi::assembly).toList())),
                ApiEndpoint.get("assemblies/mine", call -> ApiResult.ok(g().assemblies().mine(call.user()).stream()
                        .map(AssembliesApi::assembly).toList())),
                ApiEndpoint.get("assemblies/{id}", this::detail),
                ApiEndpoint.get("assemblies/{id}/minutes.pdf", call -> {
                    Governance g = g();
                    long id = call.pathId("id");
                    return g.assemblies().find(call.user(), id).map(a -> ApiResult.file("application/pdf",
                            AssemblyDocuments.minutesFileName(id), g.assemblyDocuments().minutesPdf(call.user(), id)))
                            .orElseGet(ApiResult::notFound);
                }),
                ApiEndpoint.post("assemblies", call -> {
                    Governance g = g();
                    Assembly a = call.body(b -> g.assemblies().create(call.user(),
                            choice(AssemblyKind.class, b.requiredString("kind"), "kind", call),
                            b.requiredDate("heldOn"), b.requiredString("place"), b.requiredString("agenda")));
                    return ApiResult.created(assembly(a), "assemblies");
                }),
                ApiEndpoint.post("assemblies/{id}/second-convocation", call -> {
                    Governance g = g();
                    Assembly a = call.body(b -> g.secondConvocations().call(call.user(), call.pathId("id"),
                            b.requiredDate("heldOn"), b.string("place")));
                    return ApiResult.created(assembly(a), "assemblies");
                }),
                ApiEndpoint.post("assemblies/{id}/attendance", call -> {
                    Governance g = g();
                    call.body(b -> g.assemblies().attend(call.user(), call.pathId("id"), b.requiredId("personId"),
                            choice(Presence.class, b.requiredString("presence"), "presence", call),
                            b.id("proxyHolderId")));
                    return detail(call);
                }),
                ApiEndpoint.post("assemblies/{id}/resolutions", call -> {
                    Governance g = g();
                    Resolution r = call.body(b -> g.assemblies().addResolution(call.user(), call.pathId("id"),
                            b.requiredString("text"), choice(Majority.class, b.requiredString("majority"),
                                    "majority", call), Boolean.TRUE.equals(b.bool("secret"))));
                    return ApiResult.created(resolution(r), "resolutions");
                }),
                ApiEndpoint.post("assemblies/{id}/convocation", call -> {
                    Governance g = g();
                    return ApiResult.ok(convocation(call.body(b -> g.convocations().send(call.user(),
                            call.pathId("id"), Boolean.TRUE.equals(b.bool("resend"))))));
                }),
                ApiEndpoint.post("resolutions/{id}/open", call -> ApiResult.ok(resolution(g().assemblies()
                        .open(call.user(), call.pathId("id"))))),
                ApiEndpoint.post("resolutions/{id}/close", call -> ApiResult.ok(resolution(g().assemblies()
                        .close(call.user(), call.pathId("id"))))),
                ApiEndpoint.post("resolutions/{id}/votes", call -> {
                    Governance g = g();
                    return ApiResult.ok(resolution(call.body(b -> g.assemblies().recordVote(call.user(),
                            call.pathId("id"), b.requiredId("personId"),
                            choice(Choice.class, b.requiredString("choice"), "choice", call)))));
                }),
                ApiEndpoint.post("resolutions/{id}/my-vote", call -> {
                    Governance g = g();
                    return ApiResult.ok(resolution(call.body(b -> g.assemblies().voteOnline(call.user(),
                            call.pathId("id"), b.id("forPersonId"),
                            choice(Choice.class, b.requiredString("choice"), "choice", call)))));
                }));
    }

    private ApiResult detail(ApiCall call) {
        Governance g = g();
        long id = call.pathId("id");
        return g.assemblies().find(call.user(), id).map(a -> {
            Map<String, Object> out = new LinkedHashMap<>(assembly(a));
            out.put("attendance", g.assemblies().attendance(call.user(), id).stream().map(x -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("personId", x.personId());
                row.put("name", x.name());
                row.put("presence", x.presence().name());
                row.put("proxyHolderId", x.proxyHolderId());
                return row;
            }).toList());
            Quorum q = g.assemblies().quorum(call.user(), id);
            out.put("quorum", Map.of("called", q.called(), "present", q.present(), "represented", q.represented(),
                    "percentNeeded", q.percentNeeded(), "reached", q.reached()));
            out.put("resolutions", g.assemblies().resolutions(call.user(), id).stream()
                    .map(AssembliesApi::resolution).toList());
            if (call.user().can(GovernancePermissions.ASSEMBLIES_MANAGE)) {
                out.put("convocation", g.convocations().last(call.user(), id).map(AssembliesApi::convocation)
                        .orElse(null));
            }
            return ApiResult.ok(out);
        }).orElseGet(ApiResult::notFound);
    }

    /** An enum's value by its name, or a problem naming the field and the values expected. */
    private static <E extends Enum<E>> E choice(Class<E> type, String given, String field, ApiCall call) {
        try {
            return Enum.valueOf(type, given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, Messages.text(call.user().locale(), "error.oneOf",
                    List.of(type.getEnumConstants())));
        }
    }

    static Map<String, Object> assembly(Assembly a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("kind", a.kind().name());
        out.put("heldOn", a.heldOn());
        out.put("place", a.place());
        out.put("agenda", a.agenda());
        out.put("firstConvocationId", a.firstConvocationId());
        return out;
    }

    static Map<String, Object> convocation(Convocation c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sentAt", c.sentAt());
        out.put("sentBy", c.sentBy());
        out.put("recipients", c.recipients());
        out.put("withoutAddress", c.withoutAddress());
        out.put("resend", c.resend());
        return out;
    }

    static Map<String, Object> resolution(Resolution r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("assemblyId", r.assemblyId());
        out.put("position", r.position());
        out.put("text", r.text());
        out.put("majority", r.majority().name());
        out.put("secret", r.secret());
        out.put("state", r.state().name());
        out.put("for", r.votesFor());
        out.put("against", r.against());
        out.put("abstain", r.abstentions());
        out.put("adopted", r.adopted());
        if (r.weighted()) {
            java.math.BigDecimal share = r.weightedForPercent();
            out.put("weightedFor", share == null ? null : share.toPlainString());
            out.put("colleges", r.colleges().stream().map(c -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("collegeId", c.collegeId());
                row.put("name", c.name());
                row.put("weight", c.weight());
                row.put("for", c.votesFor());
                row.put("against", c.against());
                row.put("abstain", c.abstentions());
                return row;
            }).toList());
        }
        return out;
    }

    private Governance g() {
        return Governance.of(context);
    }
}
