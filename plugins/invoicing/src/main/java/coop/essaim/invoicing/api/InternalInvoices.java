package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: internal invoices. A member of the seller activity (or accounting) drafts one with
 * {@link InvoicingPermissions#WRITE}; a member of the buyer activity with {@link InvoicingPermissions#SELF_VALIDATE},
 * or accounting with {@link InvoicingPermissions#VALIDATE}, accepts it, which posts the seller's internal turnover
 * and the buyer's cost in one entry. Both activities' members see it; nobody else but those who reach every
 * activity.
 */
public interface InternalInvoices {

    InternalInvoice draft(UserContext actor, long sellerActivityId, long buyerActivityId, LocalDate issueDate,
                          String description, BigDecimal quantity, String unitCode, Money unitPrice);

    InternalInvoice accept(UserContext actor, long internalInvoiceId);

    Optional<InternalInvoice> find(UserContext actor, long internalInvoiceId);

    /** Those where {@code activityId} sells or buys, newest first. */
    List<InternalInvoice> of(UserContext actor, long activityId);
}
