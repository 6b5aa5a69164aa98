package coop.essaim.treasuryadvances.internal.rule;

import coop.essaim.api.money.Money;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.RuleCheck.Outcome;
import coop.essaim.treasuryadvances.internal.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The eligibility rules of one edition applied to one request: pure, so every rule is tested on its own. Shares
 * are rounded down to the cent: a ceiling never grows by rounding.
 */
public final class Eligibility {

    public static final String INVOICE_SHARE = "INVOICE_SHARE";
    public static final String ACTIVITY_CEILING = "ACTIVITY_CEILING";
    public static final String COOPERATIVE_CEILING = "COOPERATIVE_CEILING";
    public static final String SENIORITY = "SENIORITY";
    public static final String NO_OVERDUE = "NO_OVERDUE";

    private final RuleEdition rules;
    private final Messages m;

    public Eligibility(RuleEdition rules, Messages messages) {
        this.rules = rules;
        this.m = messages;
    }

    public List<RuleCheck> check(AdvanceKind kind, Money amount, ActivityFacts f) {
        return List.of(invoiceShare(kind, amount, f, rules.invoiceShare()), activityCeiling(amount, f),
                cooperativeCeiling(amount, f), seniority(f), noOverdue(f));
    }

    /** The invoice rule with another share: the automatic advances' own share. */
    public RuleCheck invoiceShare(AdvanceKind kind, Money amount, ActivityFacts f, BigDecimal share) {
        if (kind != AdvanceKind.SALARY) {
            return new RuleCheck(INVOICE_SHARE, Outcome.NOT_APPLICABLE, m.text("rule.invoiceShare.investment"));
        }
        if (!f.invoicesKnown()) {
            return new RuleCheck(INVOICE_SHARE, Outcome.FAILS, m.text("rule.invoiceShare.noSource"));
        }
        Money ceiling = share(f.unpaidNotOverdue(), share);
        Money asked = f.activityOutstanding().plus(amount);
        boolean ok = asked.compareTo(ceiling) <= 0;
        return new RuleCheck(INVOICE_SHARE, ok ? Outcome.PASSES : Outcome.FAILS, m.text("rule.invoiceShare",
                asked, share.stripTrailingZeros().toPlainString(), f.unpaidNotOverdue(), ceiling));
    }

    private RuleCheck activityCeiling(Money amount, ActivityFacts f) {
        Money ceiling = Money.of(rules.activityCeiling(), amount.currency());
        Money asked = f.activityOutstanding().plus(amount);
        boolean ok = asked.compareTo(ceiling) <= 0;
        return new RuleCheck(ACTIVITY_CEILING, ok ? Outcome.PASSES : Outcome.FAILS,
                m.text("rule.activityCeiling", asked, ceiling));
    }

    private RuleCheck cooperativeCeiling(Money amount, ActivityFacts f) {
        Money after = f.cooperativeExposure().plus(amount);
        String share = rules.exposureShare().stripTrailingZeros().toPlainString();
        if (rules.exposureBase() == RuleEdition.ExposureBase.FUND) {
            Money ceiling = share(Money.of(rules.fund(), amount.currency()), rules.exposureShare());
            return new RuleCheck(COOPERATIVE_CEILING, after.compareTo(ceiling) <= 0 ? Outcome.PASSES : Outcome.FAILS,
                    m.text("rule.cooperativeCeiling.fund", after, share, Money.of(rules.fund(), amount.currency()),
                            ceiling));
        }
        if (f.cooperativeTreasury().isEmpty()) {
            return new RuleCheck(COOPERATIVE_CEILING, Outcome.CHECKED_AT_DECISION,
                    m.text("rule.cooperativeCeiling.hidden", share));
        }
        Money treasury = f.cooperativeTreasury().get();
        Money ceiling = treasury.isPositive() ? share(treasury, rules.exposureShare()) : Money.zero(amount.currency());
        return new RuleCheck(COOPERATIVE_CEILING, after.compareTo(ceiling) <= 0 ? Outcome.PASSES : Outcome.FAILS,
                m.text("rule.cooperativeCeiling.treasury", after, share, treasury, ceiling));
    }

    private RuleCheck seniority(ActivityFacts f) {
        var since = f.activityStart().plusMonths(rules.minSeniorityMonths());
        boolean ok = !since.isAfter(f.today());
        return new RuleCheck(SENIORITY, ok ? Outcome.PASSES : Outcome.FAILS,
                m.text(ok ? "rule.seniority" : "rule.seniority.tooRecent", f.activityStart(),
                        rules.minSeniorityMonths(), since));
    }

    private RuleCheck noOverdue(ActivityFacts f) {
        return new RuleCheck(NO_OVERDUE, f.activityOverdue() ? Outcome.FAILS : Outcome.PASSES,
                m.text(f.activityOverdue() ? "rule.noOverdue.fails" : "rule.noOverdue"));
    }

    static Money share(Money base, BigDecimal percent) {
        return base.times(percent.movePointLeft(2), RoundingMode.DOWN);
    }
}
