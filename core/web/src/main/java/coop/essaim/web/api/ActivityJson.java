package coop.essaim.web.api;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.ActivityMember;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** An activity in JSON, with its whole membership history, and the body that creates one. */
final class ActivityJson {

    private ActivityJson() {
    }

    /** The activities service's field names that the body spells otherwise. */
    static String bodyName(String serviceField) {
        return switch (serviceField) {
            case "members" -> "memberIds";
            case "person" -> "personId";
            default -> serviceField;
        };
    }

    static Map<String, Object> write(Activity a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("cooperativeId", a.cooperativeId());
        out.put("name", a.name());
        out.put("brand", a.brand());
        out.put("trade", a.trade());
        out.put("start", PersonJson.text(a.start()));
        out.put("end", PersonJson.text(a.end()));
        out.put("status", a.status().name());
        out.put("analyticCode", a.analyticCode());
        out.put("memberIds", a.memberIds());
        out.put("members", a.members().stream().map(ActivityJson::member).toList());
        out.put("createdAt", PersonJson.text(a.createdAt()));
        return out;
    }

    static ActivityDetails read(JsonBody body) {
        body.allowOnly(Set.of("name", "brand", "trade", "start", "analyticCode", "memberIds"));
        ActivityDetails details = new ActivityDetails(body.string("name"), body.string("brand"),
                body.string("trade"), body.date("start"), body.string("analyticCode"), body.ids("memberIds"));
        body.complete();
        return details;
    }

    private static Map<String, Object> member(ActivityMember m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personId", m.personId());
        out.put("from", PersonJson.text(m.from()));
        out.put("until", PersonJson.text(m.until()));
        return out;
    }
}
