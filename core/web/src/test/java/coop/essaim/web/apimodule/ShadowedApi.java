package coop.essaim.web.apimodule;

import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiResult;

import java.util.List;
import java.util.Map;

/** A module whose id is a core resource ("ledger"): the core's routes keep their paths, the others are its. */
public class ShadowedApi implements ApiContribution {

    @Override
    public List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("verify", call -> ApiResult.ok(Map.of("from", "module"))),
                ApiEndpoint.get("extra", call -> ApiResult.ok(Map.of("from", "module"))));
    }
}
