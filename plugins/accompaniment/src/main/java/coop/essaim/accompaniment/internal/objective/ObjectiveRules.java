package coop.essaim.accompaniment.internal.objective;

import coop.essaim.accompaniment.api.ObjectiveDraft;
import coop.essaim.accompaniment.api.ObjectiveKind;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What an objective must hold, every refusal at once and named by field: a kind, a wording of at most 200
 * characters, a due day, and the target its kind asks for: a positive amount in the cooperative's currency for a
 * turnover, 1 to 10,000 hours for hours of work (and optionally for a training), nothing for a skill.
 */
final class ObjectiveRules {

    static final int MAX_LABEL = 200;
    static final int MAX_NOTE = 2000;
    static final int MAX_HOURS = 10_000;

    private ObjectiveRules() {
    }

    static void check(ObjectiveDraft d, Currency currency, Messages m) {
        List<FieldError> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(new FieldError("kind", m.text("error.required")));
        }
        if (d.label() == null || d.label().isBlank()) {
            errors.add(new FieldError("label", m.text("error.required")));
        } else if (d.label().strip().length() > MAX_LABEL) {
            errors.add(new FieldError("label", m.text("error.tooLong", MAX_LABEL)));
        }
        if (d.dueOn() == null) {
            errors.add(new FieldError("dueOn", m.text("error.required")));
        }
        ObjectiveKind kind = d.kind();
        if (kind == ObjectiveKind.TURNOVER) {
            if (d.amount() == null) {
                errors.add(new FieldError("amount", m.text("error.required")));
            } else if (!d.amount().isPositive()) {
                errors.add(new FieldError("amount", m.text("objective.error.amount")));
            } else if (!d.amount().currency().equals(currency)) {
                errors.add(new FieldError("amount", m.text("objective.error.currency", currency.getCurrencyCode())));
            }
        } else if (d.amount() != null) {
            errors.add(new FieldError("amount", m.text("objective.error.noAmount")));
        }
        if (kind == ObjectiveKind.HOURS && d.hours() == null) {
            errors.add(new FieldError("hours", m.text("error.required")));
        } else if (d.hours() != null && (kind == ObjectiveKind.TURNOVER || kind == ObjectiveKind.SKILL)) {
            errors.add(new FieldError("hours", m.text("objective.error.noHours")));
        } else if (d.hours() != null && (d.hours() < 1 || d.hours() > MAX_HOURS)) {
            errors.add(new FieldError("hours", m.text("objective.error.hours", MAX_HOURS)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
