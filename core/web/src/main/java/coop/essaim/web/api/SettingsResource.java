package coop.essaim.web.api;

import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingType;
import coop.essaim.web.internal.settings.SettingCatalogue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/cooperatives/{id}/settings}: every setting of the core and of the started modules, with its
 * value in force, its default and its choices; {@code PUT} with {@code {"key": ..., "value": ...}} changes one
 * ({@code "value": null} goes back to the default). Both need {@code core.cooperative.manage}, as the page does;
 * a secret's value is never answered. A refused value is a 422 naming {@code /value}; an unknown key names
 * {@code /key}.
 */
final class SettingsResource {

    private static final Set<String> FIELDS = Set.of("key", "value");

    private SettingsResource() {
    }

    static void list(ApiExchange exchange) throws IOException {
        UserContext user = manager(exchange);
        CooperativeSettings settings = exchange.kernel().service(CooperativeSettings.class);
        List<Map<String, Object>> items = SettingCatalogue.all(exchange.kernel(), exchange.locale()).stream()
                .map(s -> toJson(s, settings, user.cooperativeId())).toList();
        Page.send(exchange, items, 0, QueryParameters.MAX_LIMIT, (long) items.size(), false);
    }

    static void put(ApiExchange exchange) throws IOException {
        UserContext user = manager(exchange);
        JsonBody body = JsonBody.read(exchange).allowOnly(FIELDS);
        String key = body.requiredString("key");
        String value = body.string("value");
        body.complete();
        SettingCatalogue.Setting setting = SettingCatalogue.all(exchange.kernel(), exchange.locale()).stream()
                .filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new ApiProblem(422, exchange.text("api.refused"),
                        List.of(new ApiProblem.FieldProblem("key", exchange.text("api.setting.unknown", key))), Map.of()));
        CooperativeSettings settings = exchange.kernel().service(CooperativeSettings.class);
        exchange.renaming(f -> f.equals(key) ? "value" : f, () -> {
            if (value == null) {
                settings.reset(user, key);
            } else {
                settings.change(user, key, value);
            }
            return null;
        });
        exchange.send(200, toJson(setting, settings, user.cooperativeId()));
    }

    private static UserContext manager(ApiExchange exchange) {
        UserContext user = exchange.requireUser();
        if (exchange.id() != user.cooperativeId()) {
            throw exchange.notFound();
        }
        user.require(CorePermissions.COOPERATIVE_MANAGE);
        return user;
    }

    private static Map<String, Object> toJson(SettingCatalogue.Setting s, CooperativeSettings settings, long coop) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", s.key());
        out.put("module", s.module());
        out.put("type", s.type().name());
        out.put("label", s.label());
        out.put("value", s.type() == SettingType.SECRET ? null : settings.value(coop, s.key()).orElse(null));
        out.put("set", settings.isSet(coop, s.key()));
        out.put("default", s.defaultValue());
        if (!s.choices().isEmpty()) {
            List<Map<String, Object>> choices = s.choices().stream().map(c -> {
                Map<String, Object> choice = new LinkedHashMap<>();
                choice.put("value", c);
                choice.put("label", s.choiceLabels().getOrDefault(c, c));
                return choice;
            }).toList();
            out.put("choices", choices);
        }
        return out;
    }
}
