package coop.essaim.treasuryadvances.internal.rule;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import coop.essaim.treasuryadvances.internal.Messages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eligibility rules as dated editions, like the core's contribution rate book: the edition in force on a day is
 * the latest one valid from that day or before; {@link RuleEdition#defaults()} before the first. An edition is never
 * changed and never starts in the past, so a decision taken once is explained by the rules of its day.
 */
public final class RuleBook {

    private final ModuleStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public RuleBook(ModuleStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public RuleEdition inForce(long cooperativeId, LocalDate day) {
        return store.read(em -> em.createQuery("select r from TreasuryAdvanceRuleEdition r where r.cooperativeId = :c"
                        + " and r.validFrom <= :d order by r.validFrom desc", RuleEditionEntity.class)
                .setParameter("c", cooperativeId).setParameter("d", day).setMaxResults(1).getResultList()
                .stream().findFirst().map(RuleEditionEntity::toRecord).orElseGet(RuleEdition::defaults));
    }

    /** Oldest first; empty while the defaults apply. */
    public List<RuleEdition> history(long cooperativeId) {
        return store.read(em -> em.createQuery("select r from TreasuryAdvanceRuleEdition r where r.cooperativeId = :c"
                        + " order by r.validFrom", RuleEditionEntity.class).setParameter("c", cooperativeId)
                .getResultList().stream().map(RuleEditionEntity::toRecord).toList());
    }

    /** Adds an edition from its {@code validFrom}, today or later; an edition of the same day is refused. */
    public RuleEdition add(UserContext actor, RuleEdition edition) {
        actor.require(TreasuryAdvancePermissions.RULES);
        check(actor, edition);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        store.run(em -> {
            boolean taken = !em.createQuery("select r.id from TreasuryAdvanceRuleEdition r where r.cooperativeId = :c"
                            + " and r.validFrom = :d", Long.class).setParameter("c", actor.cooperativeId())
                    .setParameter("d", edition.validFrom()).getResultList().isEmpty();
            if (taken) {
                throw new ValidationException("validFrom", Messages.text(actor.locale(), "error.editionExists"));
            }
            em.persist(new RuleEditionEntity(actor.cooperativeId(), edition, now, actor.login()));
        });
        audit.record(actor, "treasury-advances.rules.added", "rules:" + edition.validFrom(), edition.toString());
        return edition;
    }

    private void check(UserContext actor, RuleEdition e) {
        Messages m = new Messages(actor.locale());
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.validFrom() == null || e.validFrom().isBefore(LocalDate.now(clock))) {
            errors.put("validFrom", m.text("error.validFrom"));
        }
        percent(errors, m, "invoiceShare", e.invoiceShare());
        percent(errors, m, "exposureShare", e.exposureShare());
        percent(errors, m, "autoInvoiceShare", e.autoInvoiceShare());
        if (e.exposureBase() == null) {
            errors.put("exposureBase", m.text("error.required"));
        }
        if (e.activityCeiling() < 0) {
            errors.put("activityCeiling", m.text("error.notNegative"));
        }
        if (e.fund() < 0 || (e.exposureBase() == RuleEdition.ExposureBase.FUND && e.fund() == 0)) {
            errors.put("fund", m.text("error.fund"));
        }
        if (e.minSeniorityMonths() < 0 || e.minSeniorityMonths() > 120) {
            errors.put("minSeniorityMonths", m.text("error.seniority"));
        }
        if (e.delegateThreshold() < 0) {
            errors.put("delegateThreshold", m.text("error.notNegative"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.entrySet().stream()
                    .map(x -> new ValidationException.FieldError(x.getKey(), x.getValue())).toList());
        }
    }

    private static void percent(Map<String, String> errors, Messages m, String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("100")) > 0 || value.scale() > 2) {
            errors.put(field, m.text("error.percent"));
        }
    }
}
