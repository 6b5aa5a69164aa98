package coop.essaim.governance.internal.register;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.CapitalRule;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.internal.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The capital rule as dated editions: a new nominal value or entry minimum applies from its date on, and the
 * subscriptions made before keep the value they were made at. Editions are never changed, only added.
 */
public final class CapitalRules {

    private final ModuleStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public CapitalRules(ModuleStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public CapitalRule add(UserContext actor, CapitalRule rule, Currency currency) {
        actor.require(GovernancePermissions.REGISTER_MANAGE);
        Messages m = new Messages(actor.locale());
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (rule.validFrom() == null) {
            errors.add(new ValidationException.FieldError("validFrom", m.text("error.required")));
        }
        if (rule.nominal() == null || !rule.nominal().isPositive() || !rule.nominal().currency().equals(currency)) {
            errors.add(new ValidationException.FieldError("nominal", m.text("error.positiveAmount", currency)));
        }
        if (rule.minimumEntry() == null || rule.minimumEntry().isNegative()
                || !rule.minimumEntry().currency().equals(currency)) {
            errors.add(new ValidationException.FieldError("minimumEntry", m.text("error.amount", currency)));
        }
        if (errors.isEmpty() && editions(actor).stream().anyMatch(e -> e.validFrom().equals(rule.validFrom()))) {
            errors.add(new ValidationException.FieldError("validFrom", m.text("error.editionExists",
                    rule.validFrom())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.run(em -> em.persist(new CapitalRuleEntity(actor.cooperativeId(), rule, LocalDateTime.now(clock),
                actor.login())));
        audit.record(actor, "governance.capital-rule.added", "capital-rule:" + rule.validFrom(),
                rule.nominal().toPlainString() + " / " + rule.minimumEntry().toPlainString());
        return rule;
    }

    /** Every edition, the oldest first; readable by whoever reads the register or their own shares. */
    public List<CapitalRule> editions(UserContext actor) {
        if (!actor.can(GovernancePermissions.REGISTER_VIEW) && !actor.can(GovernancePermissions.OWN)) {
            actor.require(GovernancePermissions.REGISTER_VIEW);
        }
        return store.read(em -> em.createQuery("select r from GovernanceCapitalRule r where r.cooperativeId = :c"
                        + " order by r.validFrom", CapitalRuleEntity.class)
                .setParameter("c", actor.cooperativeId()).getResultList().stream()
                .map(CapitalRuleEntity::toRule).toList());
    }

    /** The edition in force on {@code day}: the latest dated on or before it. */
    public Optional<CapitalRule> inForce(UserContext actor, LocalDate day) {
        return editions(actor).stream().filter(e -> !e.validFrom().isAfter(day)).reduce((a, b) -> b);
    }

    /** The value of {@code shares} shares at the edition's nominal value. */
    static Money value(CapitalRule rule, int shares) {
        return Money.of(Math.multiplyExact(rule.nominal().minorUnits(), (long) shares), rule.nominal().currency());
    }
}
