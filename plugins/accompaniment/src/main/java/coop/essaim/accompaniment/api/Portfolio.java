package coop.essaim.accompaniment.api;

import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Service: the actor's portfolio, the people whose referent they are (the core's referent), who have not left,
 * sorted as the core sorts people. Needs {@link AccompanimentPermissions#PORTFOLIO}.
 */
public interface Portfolio {

    List<PortfolioEntry> of(UserContext actor);
}
