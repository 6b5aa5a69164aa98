package coop.essaim.invoicing.internal.expense;

import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseLine;
import coop.essaim.invoicing.api.ExpenseLineDraft;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.ExpenseStatus;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.MileageLineDraft;
import coop.essaim.invoicing.api.Receipt;
import coop.essaim.invoicing.internal.LedgerActor;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Expense notes. Validation posts, in the purchases journal on the note's activity, each expense excl. VAT on its
 * account and the deductible VAT, against what the cooperative owes the member (French PCG 421); the reimbursement
 * settles that debt from the bank. The activity's account shows the expenses from validation on.
 */
public final class ExpenseBook implements ExpenseNotes {

    private final ModuleStore store;
    private final Reach reach;
    private final SalesRulebook rulebook;
    private final ModuleCatalog catalog;
    private final Ledger ledger;
    private final Clock clock;
    private final MileageLines mileage;

    public ExpenseBook(ModuleStore store, Reach reach, SalesRulebook rulebook, ModuleCatalog catalog, Ledger ledger,
                       Clock clock) {
        this.store = store;
        this.reach = reach;
        this.rulebook = rulebook;
        this.catalog = catalog;
        this.ledger = ledger;
        this.clock = clock;
        this.mileage = new MileageLines(catalog, rulebook, clock);
    }

    @Override
    public ExpenseNote create(UserContext actor, long activityId, String label) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        if (label == null || label.isBlank() || label.strip().length() > 200) {
            throw new ValidationException("label", Messages.text(actor.locale(), "error.length", 1, 200));
        }
        String currency = rulebook.cooperative(actor).currency();
        return store.inTransaction(em -> {
            ExpenseNoteEntity note = new ExpenseNoteEntity(actor.cooperativeId(), activityId, label.strip(), currency,
                    actor.login(), clock.instant());
            em.persist(note);
            em.flush();
            return note.toRecord();
        });
    }

    @Override
    public ExpenseNote addLine(UserContext actor, long noteId, ExpenseLineDraft line, String receiptFileName,
                               byte[] receipt) {
        actor.require(InvoicingPermissions.WRITE);
        check(actor, line);
        String mediaType = receipt == null && receiptFileName == null ? null
                : ReceiptRules.mediaType(receiptFileName, receipt, actor.locale());
        return store.inTransaction(em -> {
            ExpenseNoteEntity note = draft(em, actor, noteId);
            Long receiptId = null;
            if (mediaType != null) {
                ReceiptEntity file = new ReceiptEntity(actor.cooperativeId(), receiptFileName.strip(), mediaType,
                        receipt, actor.login(), clock.instant());
                em.persist(file);
                em.flush();
                receiptId = file.getId();
            }
            note.add(line, receiptId);
            em.flush();
            return note.toRecord();
        });
    }

    @Override
    public ExpenseNote addMileageLine(UserContext actor, long noteId, MileageLineDraft line) {
        actor.require(InvoicingPermissions.WRITE);
        mileage.check(actor, line);
        return store.inTransaction(em -> {
            ExpenseNoteEntity note = draft(em, actor, noteId);
            MileageLines.Allowance a = mileage.allowance(em, actor, note.getCreatedBy(), line);
            note.addMileage(line, a.travelAccount(), a.amount(), a.yearKmBefore());
            em.flush();
            return note.toRecord();
        });
    }

    @Override
    public ExpenseNote removeLine(UserContext actor, long noteId, long lineId) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            ExpenseNoteEntity note = draft(em, actor, noteId);
            if (!note.remove(lineId)) {
                throw Reach.notFound(actor, "line");
            }
            return note.toRecord();
        });
    }

    @Override
    public ExpenseNote submit(UserContext actor, long noteId) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            ExpenseNoteEntity note = draft(em, actor, noteId);
            if (note.toRecord().lines().isEmpty()) {
                throw new ValidationException("lines", Messages.text(actor.locale(), "error.expenseEmpty"));
            }
            note.submit(clock.instant());
            return note.toRecord();
        });
    }

    @Override
    public ExpenseNote validate(UserContext actor, long noteId) {
        actor.require(InvoicingPermissions.VALIDATE);
        SalesRules rules = rulebook.rules(actor);
        String vatAccount = rules.vatRates().stream().filter(r -> r.category() == VatCategory.STANDARD).findFirst()
                .map(r -> r.deductibleAccount()).orElseThrow();
        return store.inTransaction(em -> {
            ExpenseNoteEntity note = entity(em, actor, noteId);
            requireStatus(actor, note, ExpenseStatus.SUBMITTED);
            ExpenseNote n = note.toRecord();
            List<PostingLine> lines = new ArrayList<>();
            for (ExpenseLine l : n.lines()) {
                lines.add(PostingLine.debit(l.accountCode(), n.activityId(), l.amount().minus(l.vat())));
            }
            if (n.vat().isPositive()) {
                lines.add(PostingLine.debit(vatAccount, n.activityId(), n.vat()));
            }
            lines.add(PostingLine.credit(rules.accounts().expenseClaims(), n.activityId(), n.total())
                    .withThirdParty(n.createdBy()).withLettering("NDF-" + n.id()));
            LocalDate today = LocalDate.now(clock);
            var entry = ledger.post(LedgerActor.posting(actor), new EntryDraft(actor.cooperativeId(),
                    JournalCode.PURCHASES, today, "NDF-" + n.id(), today,
                    Messages.text(actor.locale(), "ledger.expenses", n.label(), n.createdBy()), lines,
                    "invoicing:expenses:" + actor.cooperativeId() + ":" + n.id()));
            note.validated(entry.id(), actor.login(), clock.instant());
            return note.toRecord();
        });
    }

    @Override
    public ExpenseNote reimburse(UserContext actor, long noteId, LocalDate paidOn) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        SalesRules rules = rulebook.rules(actor);
        if (paidOn == null || paidOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("paidOn", Messages.text(actor.locale(), "error.paidOn"));
        }
        return store.inTransaction(em -> {
            ExpenseNoteEntity note = entity(em, actor, noteId);
            requireStatus(actor, note, ExpenseStatus.VALIDATED);
            ExpenseNote n = note.toRecord();
            var entry = ledger.post(LedgerActor.posting(actor), new EntryDraft(actor.cooperativeId(), JournalCode.BANK,
                    paidOn, "NDF-" + n.id(), paidOn, Messages.text(actor.locale(), "ledger.expensesPaid", n.label(),
                    n.createdBy()), List.of(PostingLine.debit(rules.accounts().expenseClaims(), n.activityId(),
                            n.total()).withThirdParty(n.createdBy()).withLettering("NDF-" + n.id()),
                    PostingLine.credit(rules.accounts().bank(), n.activityId(), n.total())),
                    "invoicing:expenses-paid:" + actor.cooperativeId() + ":" + n.id()));
            note.reimbursed(entry.id());
            return note.toRecord();
        });
    }

    @Override
    public Optional<ExpenseNote> find(UserContext actor, long noteId) {
        return store.read(em -> Optional.ofNullable(em.find(ExpenseNoteEntity.class, noteId))
                .filter(n -> n.getCooperativeId() == actor.cooperativeId() && reach.reaches(actor, n.getActivityId()))
                .map(ExpenseNoteEntity::toRecord));
    }

    @Override
    public List<ExpenseNote> of(UserContext actor, long activityId) {
        reach.requireActivity(actor, activityId, "activity");
        return store.read(em -> em.createQuery("select n from InvoicingExpenseNote n where n.cooperativeId = :c"
                        + " and n.activityId = :a order by n.id desc", ExpenseNoteEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("a", activityId).setMaxResults(500)
                .getResultStream().map(ExpenseNoteEntity::toRecord).toList());
    }

    @Override
    public Optional<Receipt> receipt(UserContext actor, long noteId, long receiptId) {
        return store.read(em -> Optional.ofNullable(em.find(ExpenseNoteEntity.class, noteId))
                .filter(n -> n.getCooperativeId() == actor.cooperativeId() && reach.reaches(actor, n.getActivityId()))
                .filter(n -> n.hasReceipt(receiptId))
                .map(n -> em.find(ReceiptEntity.class, receiptId)).map(ReceiptEntity::toRecord));
    }

    /**
     * The cooperative's validated notes awaiting their reimbursement whose total is {@code total} (at most fifty):
     * what a bank debit may reimburse, for accounting.
     */
    public List<ExpenseNote> awaitingReimbursement(UserContext actor, coop.essaim.api.money.Money total) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        return store.read(em -> em.createQuery("select n from InvoicingExpenseNote n where n.cooperativeId = :c"
                        + " and n.status = :s and n.totalMinor = :t order by n.id", ExpenseNoteEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("s", ExpenseStatus.VALIDATED)
                .setParameter("t", total.minorUnits()).setMaxResults(50).getResultStream()
                .map(ExpenseNoteEntity::toRecord).toList());
    }

    @Override
    public List<ExpenseCategory> categories(UserContext actor) {
        String country = rulebook.cooperative(actor).country();
        String internal = rulebook.rules(actor).accounts().internalPurchases();
        return catalog.implementations(ChartOfAccounts.class).stream().filter(c -> c.country().equals(country))
                .findFirst().map(ChartOfAccounts::accounts).orElse(List.of()).stream()
                .filter(a -> a.kind() == AccountKind.EXPENSE && a.role() != AccountRole.SALARY_COST
                        && !a.code().equals(internal))
                .map(a -> new ExpenseCategory(a.code(), a.code() + " " + a.label())).toList();
    }

    @Override
    public List<VehicleChoice> vehicles(UserContext actor, LocalDate day) {
        actor.require(InvoicingPermissions.VIEW);
        return mileage.vehicles(actor, day);
    }

    private void check(UserContext actor, ExpenseLineDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Currency currency = Currency.getInstance(rulebook.cooperative(actor).currency());
        if (d.spentOn() == null || d.spentOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("line.spentOn", Messages.text(actor.locale(), "error.spentOn")));
        }
        if (d.accountCode() == null || categories(actor).stream().noneMatch(c -> c.accountCode().equals(d.accountCode()))) {
            errors.add(new FieldError("line.accountCode", Messages.text(actor.locale(), "error.expenseAccount")));
        }
        if (d.description() == null || d.description().isBlank() || d.description().strip().length() > 500) {
            errors.add(new FieldError("line.description", Messages.text(actor.locale(), "error.length", 1, 500)));
        }
        if (d.amount() == null || !d.amount().isPositive() || !d.amount().currency().equals(currency)) {
            errors.add(new FieldError("line.amount", Messages.text(actor.locale(), "error.amount", currency)));
        } else if (d.vat() == null || d.vat().isNegative() || !d.vat().currency().equals(currency)
                || d.vat().compareTo(d.amount()) >= 0) {
            errors.add(new FieldError("line.vat", Messages.text(actor.locale(), "error.expenseVat")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private ExpenseNoteEntity draft(EntityManager em, UserContext actor, long noteId) {
        ExpenseNoteEntity note = entity(em, actor, noteId);
        requireStatus(actor, note, ExpenseStatus.DRAFT);
        return note;
    }

    private static void requireStatus(UserContext actor, ExpenseNoteEntity note, ExpenseStatus expected) {
        if (note.getStatus() != expected) {
            throw new ValidationException("status", Messages.text(actor.locale(), "error.expenseStatus." + expected));
        }
    }

    private ExpenseNoteEntity entity(EntityManager em, UserContext actor, long noteId) {
        ExpenseNoteEntity note = em.find(ExpenseNoteEntity.class, noteId);
        if (note == null || note.getCooperativeId() != actor.cooperativeId()
                || !reach.reaches(actor, note.getActivityId())) {
            throw Reach.notFound(actor, "note");
        }
        return note;
    }
}
