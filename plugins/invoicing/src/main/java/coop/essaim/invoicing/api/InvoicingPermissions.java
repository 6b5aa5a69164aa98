package coop.essaim.invoicing.api;

/** The permissions of invoicing; an entrepreneur's reach is always limited to the activities they belong to. */
public final class InvoicingPermissions {

    /** Open the invoicing pages and read the invoices and customers of one's own activities. */
    public static final String VIEW = "invoicing.invoices.view";
    /** Read the invoices and customers of every activity of the cooperative (advisers, accountants). */
    public static final String VIEW_ALL = "invoicing.invoices.all";
    /** Create and edit customers and draft invoices, for the activities one may read. */
    public static final String WRITE = "invoicing.invoices.write";
    /** Validate any invoice or credit note, whatever its amount (accountants). */
    public static final String VALIDATE = "invoicing.invoices.validate";
    /** Validate the invoices of one's own activities up to the cooperative's ceiling (entrepreneurs). */
    public static final String SELF_VALIDATE = "invoicing.invoices.self-validate";
    /** Send reminders and formal notices for overdue invoices of the activities one reaches. */
    public static final String REMIND = "invoicing.reminders.send";
    /** Record the payments customers make. */
    public static final String RECORD_PAYMENTS = "invoicing.payments.record";

    private InvoicingPermissions() {
    }
}
