package coop.essaim.web.api;

import coop.essaim.api.people.Contract;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PersonPath;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A member's path in JSON, with the statuses the path model lets it go to next, and the body of a step. */
final class PathJson {

    private PathJson() {
    }

    static Map<String, Object> write(PersonPath path, PathModel model) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personId", path.personId());
        out.put("entries", path.entries().stream().map(PathJson::entry).toList());
        out.put("contracts", path.contracts().stream().map(PathJson::contract).toList());
        out.put("deadline", PersonJson.deadline(path.deadline()));
        out.put("next", next(path, model));
        return out;
    }

    static PathChange read(JsonBody body) {
        body.allowOnly(Set.of("status", "date", "plannedEnd", "exitReason", "details"));
        PathChange change = new PathChange(body.string("status"), body.date("date"), body.date("plannedEnd"),
                body.string("exitReason"), body.string("details"));
        body.complete();
        return change;
    }

    /** The codes the core would accept as the next step: the initial ones before the first step. */
    private static Set<String> next(PersonPath path, PathModel model) {
        if (path.latest().isEmpty()) {
            return new TreeSet<>(model.statuses().stream().filter(PathStatusDefinition::initial)
                    .map(PathStatusDefinition::code).toList());
        }
        return new TreeSet<>(model.status(path.latest().get().statusCode()).map(PathStatusDefinition::next)
                .orElse(Set.of()));
    }

    private static Map<String, Object> entry(PathEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("status", e.statusCode());
        out.put("date", PersonJson.text(e.date()));
        out.put("contractKind", e.contractKind());
        out.put("plannedEnd", PersonJson.text(e.plannedEnd()));
        out.put("renewal", e.renewal());
        out.put("exitReason", e.exitReason());
        out.put("details", e.details());
        out.put("recordedAt", PersonJson.text(e.recordedAt()));
        out.put("recordedBy", e.recordedBy());
        return out;
    }

    private static Map<String, Object> contract(Contract c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", c.kind());
        out.put("start", PersonJson.text(c.start()));
        out.put("plannedEnd", PersonJson.text(c.plannedEnd()));
        out.put("end", PersonJson.text(c.end()));
        out.put("renewals", c.renewals());
        out.put("open", c.open());
        return out;
    }
}
