package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Service: payments received. Recording one needs {@link InvoicingPermissions#RECORD_PAYMENTS}; it is refused
 * above what the invoice still owes, and posts the bank entry lettered with the invoice's number, so the
 * customer's account shows which invoice each payment settles. The activity's treasury grows by the amount.
 */
public interface Payments {

    Payment record(UserContext actor, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                   String reference);

    /** The payments of one invoice, oldest first. */
    List<Payment> of(UserContext actor, long invoiceId);
}
