package coop.essaim.invoicing.internal.mail;

import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.mail.SentMail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceMailing;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.Invoices;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Reminder;
import coop.essaim.invoicing.api.ReminderLevel;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.branding.ActivityBrands;
import coop.essaim.invoicing.internal.customer.CustomerRegistry;
import coop.essaim.invoicing.internal.invoice.InvoiceDocuments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Invoices and reminders sent to customers. The text is in the cooperative's language (the customer's is not
 * known), signed with the activity's brand; the Factur-X PDF is attached. The mail is sent for the activity: its
 * name before the cooperative's in the From line, its contact address as the Reply-To ({@link ActivityBrands}). A reminder is recorded only once its
 * e-mail was accepted by the SMTP server (or, by post, when the user says the letter went).
 */
public final class MailingBook implements InvoiceMailing {

    private final ModuleStore store;
    private final Invoices invoices;
    private final CustomerRegistry customers;
    private final SalesRulebook rulebook;
    private final Mailer mailer;
    private final DocumentFiles files;
    private final Clock clock;
    private final ActivityBrands brands;

    public MailingBook(ModuleStore store, Invoices invoices, CustomerRegistry customers, SalesRulebook rulebook,
                       Mailer mailer, DocumentFiles files, ActivityBrands brands, Clock clock) {
        this.brands = brands;
        this.store = store;
        this.invoices = invoices;
        this.customers = customers;
        this.rulebook = rulebook;
        this.mailer = mailer;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public SentMail send(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.WRITE);
        Invoice invoice = validated(actor, invoiceId);
        Locale locale = locale(actor);
        String kind = Messages.text(locale, "document.kind." + invoice.kind().name());
        String subject = Messages.text(locale, "mail.invoice.subject", kind, invoice.number(), signature(actor));
        String text = Messages.text(locale, "mail.invoice.text", kind.toLowerCase(locale), invoice.number(),
                invoice.issueDate(), invoice.totalInclVat().format(locale), invoice.dueDate(), signature(actor));
        return mail(actor, invoice, subject, text);
    }

    @Override
    public Reminder remind(UserContext actor, long invoiceId, ReminderLevel level, boolean byEmail) {
        actor.require(InvoicingPermissions.REMIND);
        Invoice invoice = validated(actor, invoiceId);
        LocalDate today = LocalDate.now(clock);
        if (level == null || !invoice.isOverdueOn(today)) {
            throw new ValidationException("invoice", Messages.text(actor.locale(), "error.notOverdue"));
        }
        if (level == ReminderLevel.FORMAL_NOTICE && reminders(actor, invoiceId).stream()
                .noneMatch(r -> r.level() == ReminderLevel.FIRST_REMINDER)) {
            throw new ValidationException("level", Messages.text(actor.locale(), "error.noticeFirst"));
        }
        Long mailId = null;
        if (byEmail) {
            Locale locale = locale(actor);
            String subject = Messages.text(locale, "mail." + level.name() + ".subject", invoice.number());
            String text = Messages.text(locale, "mail." + level.name() + ".text", invoice.number(),
                    invoice.issueDate(), invoice.totalInclVat().format(locale), invoice.dueDate(),
                    invoice.outstanding().format(locale), signature(actor));
            mailId = mail(actor, invoice, subject, text).id();
        }
        Long sent = mailId;
        return store.inTransaction(em -> {
            ReminderEntity reminder = new ReminderEntity(actor.cooperativeId(), invoiceId, level, today, sent,
                    actor.login(), clock.instant());
            em.persist(reminder);
            em.flush();
            return reminder.toRecord();
        });
    }

    @Override
    public List<Reminder> reminders(UserContext actor, long invoiceId) {
        invoices.find(actor, invoiceId).orElseThrow(() -> Reach.notFound(actor, "invoice"));
        return store.read(em -> em.createQuery("select r from InvoicingReminder r where r.invoiceId = :i"
                        + " and r.cooperativeId = :c order by r.sentOn, r.id", ReminderEntity.class)
                .setParameter("i", invoiceId).setParameter("c", actor.cooperativeId()).getResultStream()
                .map(ReminderEntity::toRecord).toList());
    }

    @Override
    public List<SentMail> sendings(UserContext actor, long invoiceId) {
        invoices.find(actor, invoiceId).orElseThrow(() -> Reach.notFound(actor, "invoice"));
        return mailer.history(actor, reference(invoiceId));
    }

    private SentMail mail(UserContext actor, Invoice invoice, String subject, String text) {
        Customer customer = customers.find(actor, invoice.customerId())
                .orElseThrow(() -> Reach.notFound(actor, "customerId"));
        String to = customer.details().email();
        if (to == null || to.isBlank()) {
            throw new ValidationException("customer.email", Messages.text(actor.locale(), "error.noEmail"));
        }
        byte[] pdf = files.pdf(actor, invoice.id());
        return mailer.send(actor, OutgoingMail.of(to, subject, text)
                .withAttachment(new MailAttachment(InvoiceDocuments.fileName(invoice), "application/pdf", pdf))
                .withReference(reference(invoice.id())), brands.sender(actor, invoice.activityId()));
    }

    private Invoice validated(UserContext actor, long invoiceId) {
        Invoice invoice = invoices.find(actor, invoiceId).orElseThrow(() -> Reach.notFound(actor, "invoice"));
        if (invoice.status() != InvoiceStatus.VALIDATED) {
            throw new ValidationException("invoice", Messages.text(actor.locale(), "error.sendWhat"));
        }
        return invoice;
    }

    private Locale locale(UserContext actor) {
        String tag = rulebook.cooperative(actor).defaultLocale();
        return Locale.forLanguageTag(tag == null ? "fr" : tag);
    }

    private String signature(UserContext actor) {
        return rulebook.cooperative(actor).legalName();
    }

    static String reference(long invoiceId) {
        return "invoicing:invoice:" + invoiceId;
    }
}
