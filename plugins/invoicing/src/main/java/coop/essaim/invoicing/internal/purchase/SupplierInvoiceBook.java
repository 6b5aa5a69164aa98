package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.Receipt;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceDraft;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.invoicing.api.SupplierInvoices;
import coop.essaim.invoicing.api.SupplierPayment;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.expense.ReceiptEntity;
import coop.essaim.invoicing.internal.expense.ReceiptRules;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Supplier invoices: the activity types and submits them, accounting validates (or refuses) and pays them
 * ({@link PurchaseSettlement}). Only a draft changes, and a supplier's number is used once per supplier.
 */
public final class SupplierInvoiceBook implements SupplierInvoices {

    private final ModuleStore store;
    private final Reach reach;
    private final SalesRulebook rulebook;
    private final SupplierRegistry suppliers;
    private final ExpenseNotes expenses;
    private final PurchaseContent content;
    private final PurchaseSettlement settlement;
    private final Clock clock;

    public SupplierInvoiceBook(ModuleStore store, Reach reach, SalesRulebook rulebook, SupplierRegistry suppliers,
                               ExpenseNotes expenses, Ledger ledger, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.rulebook = rulebook;
        this.suppliers = suppliers;
        this.expenses = expenses;
        this.content = new PurchaseContent(rulebook, clock);
        this.settlement = new PurchaseSettlement(store, this, rulebook, ledger, clock);
        this.clock = clock;
    }

    @Override
    public SupplierInvoice create(UserContext actor, long activityId, SupplierInvoiceDraft draft) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        PurchaseContent.Checked checked = content.check(actor, draft, accounts(actor));
        String currency = rulebook.cooperative(actor).currency();
        return store.inTransaction(em -> {
            SupplierEntity supplier = supplier(em, actor, draft.supplierId(), activityId);
            requireUnused(em, actor, supplier, checked.numberKey(), null);
            SupplierInvoiceEntity invoice = new SupplierInvoiceEntity(actor.cooperativeId(), activityId, currency,
                    actor.login(), clock.instant());
            invoice.fill(supplier, checked, actor.login(), clock.instant());
            em.persist(invoice);
            em.flush();
            return invoice.toRecord();
        });
    }

    @Override
    public SupplierInvoice change(UserContext actor, long invoiceId, SupplierInvoiceDraft draft) {
        actor.require(InvoicingPermissions.WRITE);
        PurchaseContent.Checked checked = content.check(actor, draft, accounts(actor));
        return store.inTransaction(em -> {
            SupplierInvoiceEntity invoice = draft(em, actor, invoiceId);
            SupplierEntity supplier = supplier(em, actor, draft.supplierId(), invoice.getActivityId());
            requireUnused(em, actor, supplier, checked.numberKey(), invoiceId);
            invoice.fill(supplier, checked, actor.login(), clock.instant());
            em.flush();
            return invoice.toRecord();
        });
    }

    @Override
    public void delete(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.WRITE);
        store.run(em -> {
            SupplierInvoiceEntity invoice = draft(em, actor, invoiceId);
            Long receipt = invoice.getReceiptId();
            em.remove(invoice);
            em.flush();
            if (receipt != null) {
                em.remove(em.find(ReceiptEntity.class, receipt));
            }
        });
    }

    @Override
    public SupplierInvoice attachReceipt(UserContext actor, long invoiceId, String fileName, byte[] file) {
        actor.require(InvoicingPermissions.WRITE);
        String mediaType = ReceiptRules.mediaType(fileName, file, actor.locale());
        return store.inTransaction(em -> {
            SupplierInvoiceEntity invoice = draft(em, actor, invoiceId);
            Long previous = invoice.getReceiptId();
            ReceiptEntity receipt = new ReceiptEntity(actor.cooperativeId(), fileName.strip(), mediaType, file,
                    actor.login(), clock.instant());
            em.persist(receipt);
            em.flush();
            invoice.receipt(receipt.getId(), actor.login(), clock.instant());
            em.flush();
            if (previous != null) {
                em.remove(em.find(ReceiptEntity.class, previous));
            }
            return invoice.toRecord();
        });
    }

    @Override
    public Optional<Receipt> receipt(UserContext actor, long invoiceId) {
        return store.read(em -> Optional.ofNullable(em.find(SupplierInvoiceEntity.class, invoiceId))
                .filter(i -> i.getCooperativeId() == actor.cooperativeId() && reach.reaches(actor, i.getActivityId()))
                .map(SupplierInvoiceEntity::getReceiptId).map(id -> em.find(ReceiptEntity.class, id))
                .map(ReceiptEntity::toRecord));
    }

    @Override
    public SupplierInvoice submit(UserContext actor, long invoiceId) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            SupplierInvoiceEntity invoice = draft(em, actor, invoiceId);
            if (invoice.getReceiptId() == null) {
                throw new ValidationException("receipt", Messages.text(actor.locale(), "error.purchaseReceipt"));
            }
            invoice.submit(actor.login(), clock.instant());
            return invoice.toRecord();
        });
    }

    @Override
    public SupplierInvoice validate(UserContext actor, long invoiceId) {
        return settlement.validate(actor, invoiceId);
    }

    @Override
    public SupplierInvoice refuse(UserContext actor, long invoiceId, String reason) {
        actor.require(InvoicingPermissions.VALIDATE);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new ValidationException("reason", Messages.text(actor.locale(), "error.length", 1, 500));
        }
        return store.inTransaction(em -> {
            SupplierInvoiceEntity invoice = entity(em, actor, invoiceId);
            requireStatus(actor, invoice, SupplierInvoiceStatus.SUBMITTED);
            invoice.refuse(why, actor.login(), clock.instant());
            return invoice.toRecord();
        });
    }

    @Override
    public SupplierPayment pay(UserContext actor, long invoiceId, LocalDate paidOn, Money amount,
                               PaymentMethod method, String reference) {
        return settlement.pay(actor, invoiceId, paidOn, amount, method, reference);
    }

    @Override
    public List<SupplierPayment> payments(UserContext actor, long invoiceId) {
        return settlement.payments(actor, invoiceId);
    }

    @Override
    public Optional<SupplierInvoice> find(UserContext actor, long invoiceId) {
        return store.read(em -> Optional.ofNullable(em.find(SupplierInvoiceEntity.class, invoiceId))
                .filter(i -> i.getCooperativeId() == actor.cooperativeId() && reach.reaches(actor, i.getActivityId()))
                .map(SupplierInvoiceEntity::toRecord));
    }

    @Override
    public List<SupplierInvoice> of(UserContext actor, long activityId, SupplierInvoiceStatus status,
                                    LocalDate overdueOn) {
        reach.requireActivity(actor, activityId, "activity");
        return store.read(em -> {
            var query = em.createQuery("select i from InvoicingSupplierInvoice i where i.cooperativeId = :c"
                    + " and i.activityId = :a" + (status == null ? "" : " and i.status = :s")
                    + (overdueOn == null ? "" : " and i.status = :v and i.dueDate < :d")
                    + " order by i.invoiceDate desc, i.id desc", SupplierInvoiceEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("a", activityId);
            if (status != null) {
                query.setParameter("s", status);
            }
            if (overdueOn != null) {
                query.setParameter("v", SupplierInvoiceStatus.VALIDATED).setParameter("d", overdueOn);
            }
            return query.setMaxResults(500).getResultStream().map(SupplierInvoiceEntity::toRecord).toList();
        });
    }

    @Override
    public List<ExpenseNotes.ExpenseCategory> categories(UserContext actor) {
        return expenses.categories(actor);
    }

    /**
     * Validated invoices of the cooperative not paid in full whose amount due is {@code due}, or whose supplier's
     * number (compared as {@link PurchaseContent#key}) is one of {@code numbers}: what a bank debit may pay. At most
     * fifty of each, for accounting ({@link InvoicingPermissions#RECORD_PAYMENTS}).
     */
    public List<SupplierInvoice> payable(UserContext actor, Money due, Collection<String> numbers) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        String open = "select i from InvoicingSupplierInvoice i where i.cooperativeId = :c and i.status = :v ";
        return store.read(em -> {
            var byAmount = em.createQuery(open + "and i.totalInclMinor - i.paidMinor = :a order by i.dueDate",
                            SupplierInvoiceEntity.class).setParameter("c", actor.cooperativeId())
                    .setParameter("v", SupplierInvoiceStatus.VALIDATED).setParameter("a", due.minorUnits())
                    .setMaxResults(50).getResultList();
            List<String> keys = numbers.stream().map(PurchaseContent::key).filter(k -> !k.isEmpty()).distinct()
                    .limit(200).toList();
            var byNumber = keys.isEmpty() ? List.<SupplierInvoiceEntity>of() : em.createQuery(open
                            + "and i.numberKey in :n order by i.dueDate", SupplierInvoiceEntity.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("v", SupplierInvoiceStatus.VALIDATED)
                    .setParameter("n", keys).setMaxResults(50).getResultList();
            return java.util.stream.Stream.concat(byNumber.stream(), byAmount.stream()).distinct()
                    .map(SupplierInvoiceEntity::toRecord).toList();
        });
    }

    Set<String> accounts(UserContext actor) {
        return expenses.categories(actor).stream().map(ExpenseNotes.ExpenseCategory::accountCode)
                .collect(Collectors.toSet());
    }

    private SupplierEntity supplier(EntityManager em, UserContext actor, long supplierId, long activityId) {
        SupplierEntity supplier = suppliers.entity(em, actor, supplierId, "supplierId");
        if (supplier.getActivityId() != activityId) {
            throw Reach.notFound(actor, "supplierId");
        }
        return supplier;
    }

    private static void requireUnused(EntityManager em, UserContext actor, SupplierEntity supplier, String key,
                                      Long self) {
        List<Long> used = em.createQuery("select i.id from InvoicingSupplierInvoice i where i.supplierId = :s"
                        + " and i.numberKey = :k", Long.class).setParameter("s", supplier.getId())
                .setParameter("k", key).getResultList();
        if (used.stream().anyMatch(id -> !id.equals(self))) {
            throw new ValidationException("supplierNumber", Messages.text(actor.locale(), "error.purchaseNumberUsed",
                    supplier.getName()));
        }
    }

    private SupplierInvoiceEntity draft(EntityManager em, UserContext actor, long invoiceId) {
        SupplierInvoiceEntity invoice = entity(em, actor, invoiceId);
        requireStatus(actor, invoice, SupplierInvoiceStatus.DRAFT);
        return invoice;
    }

    static void requireStatus(UserContext actor, SupplierInvoiceEntity invoice, SupplierInvoiceStatus expected) {
        if (invoice.getStatus() != expected) {
            throw new ValidationException("status", Messages.text(actor.locale(), "error.purchaseStatus." + expected));
        }
    }

    SupplierInvoiceEntity entity(EntityManager em, UserContext actor, long invoiceId) {
        SupplierInvoiceEntity invoice = em.find(SupplierInvoiceEntity.class, invoiceId);
        if (invoice == null || invoice.getCooperativeId() != actor.cooperativeId()
                || !reach.reaches(actor, invoice.getActivityId())) {
            throw Reach.notFound(actor, "invoice");
        }
        return invoice;
    }
}
