package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: the invoices an activity's suppliers send it. The activity types the draft from the supplier's document
 * and attaches that document (a PDF, PNG or JPEG of at most {@link ExpenseNotes#MAX_RECEIPT_BYTES}, recognised from
 * its content) ({@link InvoicingPermissions#WRITE}, for an activity in reach), then submits it; accounting validates
 * it ({@link InvoicingPermissions#VALIDATE}: entrepreneurs never validate a purchase), which posts the purchases
 * entry on the activity, or refuses it back to a draft with a reason; payments
 * ({@link InvoicingPermissions#RECORD_PAYMENTS}) settle it, in one go or several, never beyond what is due. Only a
 * draft changes or is deleted. Bad input changes nothing and names the field; anything out of reach is "not found".
 */
public interface SupplierInvoices {

    SupplierInvoice create(UserContext actor, long activityId, SupplierInvoiceDraft draft);

    /** Replaces a draft's supplier, number, dates and lines. */
    SupplierInvoice change(UserContext actor, long invoiceId, SupplierInvoiceDraft draft);

    void delete(UserContext actor, long invoiceId);

    /** Attaches (or replaces) the supplier's document of a draft. */
    SupplierInvoice attachReceipt(UserContext actor, long invoiceId, String fileName, byte[] content);

    Optional<Receipt> receipt(UserContext actor, long invoiceId);

    /** Hands a draft with at least one line and its document to accounting. */
    SupplierInvoice submit(UserContext actor, long invoiceId);

    /** Posts a submitted invoice to the purchases journal on its activity. */
    SupplierInvoice validate(UserContext actor, long invoiceId);

    /** Sends a submitted invoice back to a draft, with the reason the activity reads. */
    SupplierInvoice refuse(UserContext actor, long invoiceId, String reason);

    /** Records a payment to the supplier (posted to the bank journal) of at most what is left to pay. */
    SupplierPayment pay(UserContext actor, long invoiceId, LocalDate paidOn, Money amount, PaymentMethod method,
                        String reference);

    List<SupplierPayment> payments(UserContext actor, long invoiceId);

    Optional<SupplierInvoice> find(UserContext actor, long invoiceId);

    /**
     * The activity's supplier invoices, newest first (at most 500): those of {@code status} when given, and only
     * those overdue on {@code overdueOn} when given.
     */
    List<SupplierInvoice> of(UserContext actor, long activityId, SupplierInvoiceStatus status, LocalDate overdueOn);

    /** The expense accounts a line may be filed under: the same categories as expense notes. */
    List<ExpenseNotes.ExpenseCategory> categories(UserContext actor);
}
