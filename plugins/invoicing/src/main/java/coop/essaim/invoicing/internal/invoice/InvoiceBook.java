package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.Invoices;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.internal.LedgerActor;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.customer.CustomerEntity;
import coop.essaim.invoicing.internal.customer.CustomerRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The invoices and credit notes: drafts, validation with its number and ledger entry, credit notes. */
public final class InvoiceBook implements Invoices {

    private final ModuleStore store;
    private final Reach reach;
    private final CustomerRegistry customers;
    private final DraftContent content;
    private final Ledger ledger;
    private final CooperativeProfile profile;
    private final Clock clock;

    public InvoiceBook(ModuleStore store, Reach reach, CustomerRegistry customers, DraftContent content,
                       Ledger ledger, CooperativeProfile profile, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.customers = customers;
        this.content = content;
        this.ledger = ledger;
        this.profile = profile;
        this.clock = clock;
    }

    @Override
    public Invoice createDraft(UserContext actor, long activityId, InvoiceDraft draft) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        return store.inTransaction(em -> {
            CustomerEntity customer = customerOf(em, actor, activityId, draft.customerId());
            InvoiceEntity invoice = new InvoiceEntity(actor.cooperativeId(), activityId, InvoiceKind.INVOICE,
                    content.currency(actor).getCurrencyCode(), null, actor.login(), clock.instant());
            content.fill(actor, invoice, customer, draft);
            em.persist(invoice);
            em.flush();
            return invoice.toRecord();
        });
    }

    @Override
    public Invoice changeDraft(UserContext actor, long invoiceId, InvoiceDraft draft) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            InvoiceEntity invoice = entity(em, actor, invoiceId);
            requireDraft(actor, invoice);
            content.fill(actor, invoice, customerOf(em, actor, invoice.getActivityId(), draft.customerId()), draft);
            return invoice.toRecord();
        });
    }

    @Override
    public void deleteDraft(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.WRITE);
        store.run(em -> {
            InvoiceEntity invoice = entity(em, actor, invoiceId);
            if (invoice.getStatus() == InvoiceStatus.VALIDATED) {
                throw new ValidationException("status", Messages.text(actor.locale(), "error.validatedIsFinal"));
            }
            em.remove(invoice);
        });
    }

    @Override
    public Invoice validate(UserContext actor, long invoiceId) {
        Invoice current = find(actor, invoiceId).orElseThrow(() -> Reach.notFound(actor, "invoice"));
        if (current.status() == InvoiceStatus.VALIDATED) {
            throw new ValidationException("status", Messages.text(actor.locale(), "error.alreadyValidated",
                    current.number()));
        }
        if (!mayValidate(actor, current)) {
            return submit(actor, current);
        }
        SalesRules rules = content.rules(actor);
        var missing = rules.missingIdentity(actor.cooperativeId(), profile.identity(actor));
        if (!missing.isEmpty()) {
            throw new ValidationException("cooperative", Messages.text(actor.locale(), "error.identityMissing",
                    String.join(", ", missing)));
        }
        if (current.issueDate().isAfter(LocalDate.now(clock))) {
            throw new ValidationException("issueDate", Messages.text(actor.locale(), "error.futureDate"));
        }
        int year = current.issueDate().getYear();
        InvoiceNumbering.ensureSeries(store, actor.cooperativeId(), year);
        return store.inTransaction(em -> {
            String number = InvoiceNumbering.next(em, actor.cooperativeId(), year);
            InvoiceEntity invoice = entity(em, actor, invoiceId);
            em.refresh(invoice); // read again under the series lock: a concurrent validation may have won
            if (invoice.getStatus() == InvoiceStatus.VALIDATED) {
                throw new ValidationException("status", Messages.text(actor.locale(), "error.alreadyValidated",
                        invoice.getNumber()));
            }
            requireChronology(em, actor, invoice, year);
            CustomerEntity customer = customers.entity(em, actor, invoice.getCustomerId(), "customerId");
            InvoiceCalculation.Result computed = content.refill(actor, invoice);
            QuoteLimits.check(em, actor, invoice, computed);
            String lettering = number;
            if (invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
                lettering = creditOriginal(em, actor, invoice, computed);
            }
            if (!computed.totalIncl().isPositive()) {
                throw new ValidationException("lines", Messages.text(actor.locale(), "error.zeroTotal"));
            }
            if (invoice.getKind() == InvoiceKind.CREDIT_NOTE) {
                invoice.settle(computed.totalIncl().minorUnits(), actor.login(), clock.instant());
            }
            invoice.validate(number, customer, actor.login(), clock.instant());
            em.flush();
            ValidatedEntry entry = ledger.post(LedgerActor.posting(actor), InvoicePosting.entry(actor.cooperativeId(),
                    invoice.getActivityId(), invoice.getKind(), number, invoice.getIssueDate(),
                    customer.toRecord().ledgerReference(), lettering,
                    Messages.text(actor.locale(), "ledger." + invoice.getKind().name(), number,
                            customer.toRecord().details().name()), computed, rules.accounts(),
                    rules.customerDepositsAccount()));
            invoice.posted(entry.id());
            return invoice.toRecord();
        });
    }

    @Override
    public Invoice draftCreditNote(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            InvoiceEntity original = entity(em, actor, invoiceId);
            if (original.getStatus() != InvoiceStatus.VALIDATED || original.getKind() == InvoiceKind.CREDIT_NOTE) {
                throw new ValidationException("invoice", Messages.text(actor.locale(), "error.creditWhat"));
            }
            Invoice o = original.toRecord();
            InvoiceEntity credit = new InvoiceEntity(actor.cooperativeId(), original.getActivityId(),
                    InvoiceKind.CREDIT_NOTE, o.totalInclVat().currency().getCurrencyCode(), original.getId(),
                    actor.login(), clock.instant());
            content.fill(actor, credit, customers.entity(em, actor, o.customerId(), "customerId"),
                    DraftContent.copyOf(o, LocalDate.now(clock)));
            em.persist(credit);
            em.flush();
            return credit.toRecord();
        });
    }

    @Override
    public Optional<Invoice> find(UserContext actor, long invoiceId) {
        if (!actor.can(InvoicingPermissions.VIEW)) {
            return Optional.empty();
        }
        return store.read(em -> Optional.ofNullable(em.find(InvoiceEntity.class, invoiceId))
                .filter(i -> i.getCooperativeId() == actor.cooperativeId())
                .filter(i -> reach.reaches(actor, i.getActivityId()))
                .map(InvoiceEntity::toRecord));
    }

    @Override
    public ResultPage<Invoice> list(UserContext actor, InvoiceQuery query) {
        actor.require(InvoicingPermissions.VIEW);
        if (query.activityId() != null) {
            reach.requireActivity(actor, query.activityId(), "activity");
        }
        return new InvoiceSearch(store, reach).page(actor, query);
    }

    private boolean mayValidate(UserContext actor, Invoice invoice) {
        if (actor.can(InvoicingPermissions.VALIDATE)) {
            return true;
        }
        return actor.can(InvoicingPermissions.SELF_VALIDATE) && reach.own(actor).contains(invoice.activityId())
                && invoice.totalExclVat().compareTo(content.settings(actor).ceiling()) <= 0;
    }

    /** Above the ceiling (or without the right to validate): the draft goes to accounting. */
    private Invoice submit(UserContext actor, Invoice current) {
        if (!actor.can(InvoicingPermissions.WRITE) || current.status() != InvoiceStatus.DRAFT) {
            throw new AccessDeniedException(InvoicingPermissions.VALIDATE);
        }
        return store.inTransaction(em -> {
            InvoiceEntity invoice = entity(em, actor, current.id());
            requireDraft(actor, invoice);
            invoice.submit(actor.login(), clock.instant());
            return invoice.toRecord();
        });
    }

    /** A credit note settles what it credits on the invoice it corrects, and may not credit more than is left. */
    private String creditOriginal(EntityManager em, UserContext actor, InvoiceEntity credit,
                                  InvoiceCalculation.Result computed) {
        InvoiceEntity original = em.find(InvoiceEntity.class, credit.getCorrectsInvoiceId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (computed.totalIncl().minorUnits() > original.outstandingMinor()) {
            throw new ValidationException("lines", Messages.text(actor.locale(), "error.creditTooLarge",
                    original.getNumber(), original.toRecord().outstanding().format(actor.locale())));
        }
        original.settle(computed.totalIncl().minorUnits(), actor.login(), clock.instant());
        return original.getNumber();
    }

    /** Numbers follow dates: no document may be dated before one already validated in its series. */
    private static void requireChronology(EntityManager em, UserContext actor, InvoiceEntity invoice, int year) {
        LocalDate last = em.createQuery("select max(i.issueDate) from InvoicingInvoice i where i.cooperativeId = :c"
                        + " and i.status = :v and i.issueDate >= :from and i.issueDate <= :to", LocalDate.class)
                .setParameter("c", actor.cooperativeId()).setParameter("v", InvoiceStatus.VALIDATED)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult();
        if (last != null && invoice.getIssueDate().isBefore(last)) {
            throw new ValidationException("issueDate", Messages.text(actor.locale(), "error.beforeLast", last));
        }
    }

    private void requireDraft(UserContext actor, InvoiceEntity invoice) {
        if (invoice.getStatus() != InvoiceStatus.DRAFT) {
            throw new ValidationException("status", Messages.text(actor.locale(),
                    invoice.getStatus() == InvoiceStatus.VALIDATED ? "error.validatedIsFinal" : "error.submitted"));
        }
    }

    private CustomerEntity customerOf(EntityManager em, UserContext actor, long activityId, long customerId) {
        CustomerEntity customer = customers.entity(em, actor, customerId, "customerId");
        if (customer.getActivityId() != activityId) {
            throw Reach.notFound(actor, "customerId");
        }
        return customer;
    }

    InvoiceEntity entity(EntityManager em, UserContext actor, long invoiceId) {
        InvoiceEntity invoice = em.find(InvoiceEntity.class, invoiceId);
        if (invoice == null || invoice.getCooperativeId() != actor.cooperativeId()
                || !reach.reaches(actor, invoice.getActivityId())) {
            throw Reach.notFound(actor, "invoice");
        }
        return invoice;
    }
}
