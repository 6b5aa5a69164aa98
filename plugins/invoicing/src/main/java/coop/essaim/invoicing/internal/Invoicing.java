package coop.essaim.invoicing.internal;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Activities;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.invoicing.api.Customers;
import coop.essaim.invoicing.api.Catalogue;
import coop.essaim.invoicing.internal.catalogue.CatalogueBook;
import coop.essaim.api.mail.Mailer;
import coop.essaim.invoicing.api.BankStatements;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.InternalInvoices;
import coop.essaim.invoicing.api.InvoiceMailing;
import coop.essaim.invoicing.api.Invoices;
import coop.essaim.invoicing.api.Payments;
import coop.essaim.invoicing.internal.customer.CustomerRegistry;
import coop.essaim.invoicing.internal.invoice.DraftContent;
import coop.essaim.invoicing.internal.bank.BankBook;
import coop.essaim.invoicing.internal.expense.ExpenseBook;
import coop.essaim.invoicing.internal.invoice.InternalInvoiceBook;
import coop.essaim.invoicing.internal.invoice.InvoiceBook;
import coop.essaim.invoicing.internal.invoice.InvoiceDocuments;
import coop.essaim.invoicing.internal.mail.DocumentFiles;
import coop.essaim.invoicing.internal.mail.FacturXFiles;
import coop.essaim.invoicing.internal.mail.MailingBook;
import coop.essaim.invoicing.internal.payment.PaymentBook;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.invoicing.internal.invoice.QuoteInvoiceDrafts;
import coop.essaim.invoicing.internal.quote.QuoteBook;
import coop.essaim.invoicing.internal.quote.QuoteFiles;
import coop.essaim.invoicing.internal.branding.ActivityBrands;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.invoicing.internal.quote.QuoteParts;
import coop.essaim.api.people.People;
import coop.essaim.invoicing.api.BankDebits;
import coop.essaim.invoicing.api.SupplierInvoices;
import coop.essaim.invoicing.api.Suppliers;
import coop.essaim.invoicing.internal.bank.BankDebitBook;
import coop.essaim.invoicing.internal.purchase.SupplierInvoiceBook;
import coop.essaim.invoicing.internal.purchase.SupplierRegistry;

import java.time.Clock;

/**
 * The module's services over its store and the core's services, as its pages, its demo data and its tests use
 * them. Cheap to build: it holds no state beyond the references.
 */
public final class Invoicing {

    private final Reach reach;
    private final SalesRulebook rulebook;
    private final CustomerRegistry customers;
    private final InvoiceBook invoices;
    private final PaymentBook payments;
    private final ActivityDirectory directory;
    private final InternalInvoiceBook internal;
    private final InvoiceDocuments documents;
    private final DocumentFiles files;
    private final MailingBook mailing;
    private final ExpenseBook expenses;
    private final BankBook bank;
    private final CatalogueBook catalogue;
    private final QuoteFiles quoteFiles;
    private final QuoteBook quotes;
    private final SupplierRegistry suppliers;
    private final SupplierInvoiceBook supplierInvoices;
    private final BankDebitBook bankDebits;

    private Invoicing(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("invoicing: no store"));
        this.reach = new Reach(context.service(ActivityAccess.class), context.service(Activities.class));
        this.rulebook = new SalesRulebook(context.service(ModuleCatalog.class),
                context.service(CooperativeDirectory.class));
        this.customers = new CustomerRegistry(store, reach, clock);
        DraftContent content = new DraftContent(rulebook, context.service(CooperativeSettings.class), clock);
        this.invoices = new InvoiceBook(store, reach, customers, content, context.service(Ledger.class),
                context.service(CooperativeProfile.class), clock);
        this.payments = new PaymentBook(store, reach, rulebook, context.service(Ledger.class),
                context.service(DomainEvents.class), clock);
        this.directory = new ActivityDirectory(context.service(Activities.class));
        this.internal = new InternalInvoiceBook(store, reach, directory, rulebook, context.service(Ledger.class),
                clock);
        ActivityBrands brands = new ActivityBrands(context.service(ActivityBranding.class),
                context.service(Activities.class), context.service(CooperativeProfile.class));
        this.documents = new InvoiceDocuments(invoices, customers, rulebook, context.service(CooperativeProfile.class),
                context.service(Activities.class), context.service(CooperativeSettings.class), brands, store);
        this.files = new FacturXFiles(documents);
        this.expenses = new ExpenseBook(store, reach, rulebook, context.service(ModuleCatalog.class),
                context.service(Ledger.class), clock);
        this.bank = new BankBook(store, rulebook, payments, clock);
        this.catalogue = new CatalogueBook(store, reach, rulebook, clock);
        this.suppliers = new SupplierRegistry(store, reach, clock);
        this.supplierInvoices = new SupplierInvoiceBook(store, reach, rulebook, suppliers, expenses,
                context.service(Ledger.class), clock);
        this.bankDebits = new BankDebitBook(store, supplierInvoices, expenses, context.service(Activities.class),
                context.service(People.class));
        this.mailing = new MailingBook(store, invoices, customers, rulebook, context.service(Mailer.class), files,
                brands, clock);
        this.quoteFiles = new QuoteFiles(documents, rulebook);
        this.quotes = new QuoteBook(store, reach, customers, new QuoteParts(rulebook,
                context.service(CooperativeSettings.class), new QuoteInvoiceDrafts(content, customers, clock),
                context.service(Mailer.class), quoteFiles, brands), clock);
    }

    public static Invoicing of(ModuleContext context) {
        return new Invoicing(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date their documents. */
    public static Invoicing of(ModuleContext context, Clock clock) {
        return new Invoicing(context, clock);
    }

    public Customers customers() {
        return customers;
    }

    public Invoices invoices() {
        return invoices;
    }

    public Payments payments() {
        return payments;
    }

    public InternalInvoices internalInvoices() {
        return internal;
    }

    public BankStatements bank() {
        return bank;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public ExpenseNotes expenses() {
        return expenses;
    }

    public Suppliers suppliers() {
        return suppliers;
    }

    public SupplierInvoices supplierInvoices() {
        return supplierInvoices;
    }

    public BankDebits bankDebits() {
        return bankDebits;
    }

    public InvoiceMailing mailing() {
        return mailing;
    }

    /** The file a document is downloaded and sent as: Factur-X for a validated invoice or credit note. */
    public DocumentFiles files() {
        return files;
    }

    public Quotes quotes() {
        return quotes;
    }

    /** A quote's PDF (no Factur-X: a quote is not an invoice). */
    public QuoteFiles quoteFiles() {
        return quoteFiles;
    }

    public ActivityDirectory directory() {
        return directory;
    }

    public SalesRulebook rulebook() {
        return rulebook;
    }

    public Reach reach() {
        return reach;
    }
}
