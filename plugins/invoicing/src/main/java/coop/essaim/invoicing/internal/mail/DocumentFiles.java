package coop.essaim.invoicing.internal.mail;

import coop.essaim.api.security.UserContext;

/** The file a validated document is sent as: its Factur-X PDF, rendered for the actor (who must reach it). */
@FunctionalInterface
public interface DocumentFiles {

    byte[] pdf(UserContext actor, long invoiceId);
}
