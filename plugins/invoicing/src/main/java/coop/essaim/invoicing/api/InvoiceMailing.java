package coop.essaim.invoicing.api;

import coop.essaim.api.mail.SentMail;
import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Service: sending invoices and reminders to customers, by e-mail through the cooperative's SMTP settings, the
 * document's Factur-X PDF attached. Sending an invoice needs {@link InvoicingPermissions#WRITE} on its activity;
 * reminders need {@link InvoicingPermissions#REMIND}, and only go to an overdue invoice, a formal notice only after
 * a first reminder. Every sending is in the core's mail history under the reference {@code invoicing:invoice:<id>}.
 */
public interface InvoiceMailing {

    /** E-mails the validated invoice or credit note to the customer's address. */
    SentMail send(UserContext actor, long invoiceId);

    /**
     * Sends a reminder of {@code level}: by e-mail when {@code byEmail} (to the customer's address), otherwise only
     * records that a letter was posted.
     */
    Reminder remind(UserContext actor, long invoiceId, ReminderLevel level, boolean byEmail);

    List<Reminder> reminders(UserContext actor, long invoiceId);

    /** The e-mails sent for the invoice, newest first. */
    List<SentMail> sendings(UserContext actor, long invoiceId);
}
