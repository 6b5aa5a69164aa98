package coop.essaim.invoicing.internal;

import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.security.UserContext;


/**
 * The user as the ledger sees them when invoicing posts for them: validating an invoice (or recording a payment)
 * is what entitles the entry, so the module lends the posting permission for that one call. The entry stays
 * signed by the real user.
 */
public final class LedgerActor {

    private LedgerActor() {
    }

    public static UserContext posting(UserContext actor) {
        return actor.lending(LedgerPermissions.POST);
    }
}
