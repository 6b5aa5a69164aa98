package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.util.Set;

/**
 * Which activities a user is the entrepreneur of: the ledger shows a user who may only read their own
 * activities ({@link LedgerPermissions#READ_OWN}) the postings of these activities and nothing else.
 * The people core answers it, and publishes it as a core service ({@code ModuleContext.service(ActivityAccess.class)})
 * so a plugin scopes its own records the way the ledger does; called on every read, from any thread.
 */
@FunctionalInterface
public interface ActivityAccess {

    Set<Long> activitiesOf(UserContext user);
}
