package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.Instalment;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.internal.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request must hold, every refusal naming its field: a kind, a positive amount, a reason, at most 20
 * invoice numbers, and a repayment: a share of 1 to 100 % of each receipt until a due date within two years, or a
 * schedule of 1 to 36 dates after today, in order, whose amounts add up to the advance (its last date is the due
 * date).
 */
final class RequestRules {

    static final int MAX_REASON = 2000;
    static final int MAX_INVOICES = 20;
    static final int MAX_INSTALMENTS = 36;

    private final Messages m;
    private final LocalDate today;

    RequestRules(Messages messages, LocalDate today) {
        this.m = messages;
        this.today = today;
    }

    AdvanceRequest check(AdvanceRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.kind() == null) {
            errors.add(new FieldError("kind", m.text("error.required")));
        }
        if (r.amount() == null || !r.amount().isPositive()) {
            errors.add(new FieldError("amount", m.text("error.amount")));
        }
        String reason = r.reason() == null ? "" : r.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", m.text("error.reason", MAX_REASON)));
        }
        List<String> invoices = r.invoiceReferences().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (invoices.size() > MAX_INVOICES || invoices.stream().anyMatch(s -> s.length() > 40 || s.contains("\n"))) {
            errors.add(new FieldError("invoiceReferences", m.text("error.invoices", MAX_INVOICES)));
        }
        BigDecimal share = r.receiptShare() == null ? new BigDecimal("100") : r.receiptShare();
        LocalDate due = r.dueOn();
        if (r.repayment() == null) {
            errors.add(new FieldError("repayment", m.text("error.required")));
        } else if (r.repayment() == RepaymentMode.RECEIPTS) {
            if (share.signum() <= 0 || share.compareTo(new BigDecimal("100")) > 0 || share.scale() > 2) {
                errors.add(new FieldError("receiptShare", m.text("error.receiptShare")));
            }
            if (!r.schedule().isEmpty()) {
                errors.add(new FieldError("schedule", m.text("error.scheduleWithReceipts")));
            }
        } else {
            schedule(r, errors);
            due = r.schedule().isEmpty() ? null : r.schedule().get(r.schedule().size() - 1).dueOn();
        }
        if (due == null || !due.isAfter(today) || due.isAfter(today.plusYears(2))) {
            errors.add(new FieldError("dueOn", m.text("error.dueOn")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AdvanceRequest(r.activityId(), r.kind(), r.amount(), reason, invoices, r.repayment(),
                r.repayment() == RepaymentMode.RECEIPTS ? share : BigDecimal.ZERO, due, r.schedule());
    }

    private void schedule(AdvanceRequest r, List<FieldError> errors) {
        List<Instalment> s = r.schedule();
        if (s.isEmpty() || s.size() > MAX_INSTALMENTS) {
            errors.add(new FieldError("schedule", m.text("error.schedule", MAX_INSTALMENTS)));
            return;
        }
        LocalDate previous = today;
        long total = 0;
        for (int i = 0; i < s.size(); i++) {
            Instalment x = s.get(i);
            if (x.dueOn() == null || !x.dueOn().isAfter(previous)) {
                errors.add(new FieldError("schedule[" + i + "].dueOn", m.text("error.instalmentDate")));
            } else {
                previous = x.dueOn();
            }
            if (x.amount() == null || !x.amount().isPositive()
                    || (r.amount() != null && !x.amount().currency().equals(r.amount().currency()))) {
                errors.add(new FieldError("schedule[" + i + "].amount", m.text("error.amount")));
            } else {
                total += x.amount().minorUnits();
            }
        }
        if (r.amount() != null && errors.isEmpty() && total != r.amount().minorUnits()) {
            errors.add(new FieldError("schedule", m.text("error.scheduleTotal",
                    Money.of(total, r.amount().currency()), r.amount())));
        }
    }
}
