package coop.essaim.api.security;

import java.util.List;

/**
 * Extension point: the permissions a module declares. The core registers them when the module starts,
 * grants them to their default roles in each cooperative that has not decided otherwise, and checks them on
 * the server for pages ({@code PageDeclaration.permission}), API calls and services. Called once at start.
 */
public interface PermissionContribution {

    List<PermissionDefinition> permissions();
}
