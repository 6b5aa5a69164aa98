package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.InternalInvoice;
import coop.essaim.invoicing.api.InternalInvoices;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.VatRounding;
import coop.essaim.invoicing.internal.ActivityDirectory;
import coop.essaim.invoicing.internal.LedgerActor;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Internal invoices: drafted by the seller's side, accepted by the buyer's, which posts one entry in the
 * miscellaneous journal: the buyer's internal purchases debited, the seller's internal sales credited, each on
 * its own activity. No VAT (one legal entity) and no customer account: the cooperative owes itself nothing.
 */
public final class InternalInvoiceBook implements InternalInvoices {

    private static final VatRate NO_VAT = new VatRate("INTERNAL", VatCategory.NOT_SUBJECT, BigDecimal.ZERO,
            LocalDate.of(1970, 1, 1), null, "-", "-", null);

    private final ModuleStore store;
    private final Reach reach;
    private final ActivityDirectory directory;
    private final SalesRulebook rulebook;
    private final Ledger ledger;
    private final Clock clock;

    public InternalInvoiceBook(ModuleStore store, Reach reach, ActivityDirectory directory, SalesRulebook rulebook,
                               Ledger ledger, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.directory = directory;
        this.rulebook = rulebook;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public InternalInvoice draft(UserContext actor, long sellerActivityId, long buyerActivityId, LocalDate issueDate,
                                 String description, BigDecimal quantity, String unitCode, Money unitPrice) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, sellerActivityId, "sellerActivity");
        if (buyerActivityId == sellerActivityId || !directory.isOpen(actor, buyerActivityId)) {
            throw new ValidationException("buyerActivity", Messages.text(actor.locale(), "error.buyerActivity"));
        }
        LocalDate day = issueDate == null ? LocalDate.now(clock) : issueDate;
        Currency currency = Currency.getInstance(rulebook.cooperative(actor).currency());
        InvoiceCalculation.Result computed;
        try {
            computed = InvoiceCalculation.compute(List.of(new LineDraft(description, LineKind.SERVICE, quantity,
                    unitCode, unitPrice, BigDecimal.ZERO, NO_VAT.code())), currency, VatRounding.PER_LINE,
                    (code, field) -> NO_VAT, actor.locale());
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream()
                    .map(f -> new FieldError(f.field().replace("lines[0].", ""), f.message())).toList());
        }
        if (!computed.totalIncl().isPositive()) {
            throw new ValidationException("unitPrice", Messages.text(actor.locale(), "error.zeroTotal"));
        }
        var line = computed.lines().get(0);
        return store.inTransaction(em -> {
            InternalInvoiceEntity internal = new InternalInvoiceEntity(actor.cooperativeId(), sellerActivityId,
                    buyerActivityId, day, line.description(), line.quantity(), line.unitCode(), line.unitPrice(),
                    computed.totalIncl(), actor.login(), clock.instant());
            em.persist(internal);
            em.flush();
            return internal.toRecord();
        });
    }

    @Override
    public InternalInvoice accept(UserContext actor, long internalInvoiceId) {
        SalesAccounts accounts = rulebook.rules(actor).accounts();
        return store.inTransaction(em -> {
            InternalInvoiceEntity internal = em.find(InternalInvoiceEntity.class, internalInvoiceId,
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (internal == null || !visible(actor, internal)) {
                throw Reach.notFound(actor, "internalInvoice");
            }
            long buyer = internal.getBuyerActivityId();
            boolean buyerSide = actor.can(InvoicingPermissions.SELF_VALIDATE) && reach.own(actor).contains(buyer);
            boolean accounting = actor.can(InvoicingPermissions.VALIDATE) && reach.reaches(actor, buyer);
            if (!buyerSide && !accounting) {
                throw new AccessDeniedException(InvoicingPermissions.SELF_VALIDATE);
            }
            if (internal.isAccepted()) {
                throw new ValidationException("status", Messages.text(actor.locale(), "error.internalAccepted"));
            }
            InternalInvoice i = internal.toRecord();
            ValidatedEntry entry = ledger.post(LedgerActor.posting(actor), new EntryDraft(actor.cooperativeId(),
                    JournalCode.MISC, i.issueDate(), i.reference(), i.issueDate(),
                    Messages.text(actor.locale(), "ledger.internal", i.reference(), i.description()),
                    List.of(PostingLine.debit(accounts.internalPurchases(), buyer, i.total()),
                            PostingLine.credit(accounts.internalSales(), i.sellerActivityId(), i.total())),
                    "invoicing:internal:" + actor.cooperativeId() + ":" + i.id()));
            internal.accept(entry.id(), actor.login(), clock.instant());
            return internal.toRecord();
        });
    }

    @Override
    public Optional<InternalInvoice> find(UserContext actor, long internalInvoiceId) {
        return store.read(em -> Optional.ofNullable(em.find(InternalInvoiceEntity.class, internalInvoiceId))
                .filter(i -> visible(actor, i)).map(InternalInvoiceEntity::toRecord));
    }

    @Override
    public List<InternalInvoice> of(UserContext actor, long activityId) {
        reach.requireActivity(actor, activityId, "activity");
        return store.read(em -> em.createQuery("select i from InvoicingInternalInvoice i where i.cooperativeId = :c"
                        + " and (i.sellerActivityId = :a or i.buyerActivityId = :a) order by i.issueDate desc, i.id desc",
                        InternalInvoiceEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("a", activityId).setMaxResults(500)
                .getResultStream().map(InternalInvoiceEntity::toRecord).toList());
    }

    private boolean visible(UserContext actor, InternalInvoiceEntity i) {
        return i.getCooperativeId() == actor.cooperativeId() && (reach.reaches(actor, i.getSellerActivityId())
                || reach.reaches(actor, i.getBuyerActivityId()));
    }
}
