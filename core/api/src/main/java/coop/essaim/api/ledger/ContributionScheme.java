package coop.essaim.api.ledger;

import coop.essaim.api.cooperative.Cooperative;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Extension point: how the cooperative's contribution (what an activity pays to fund the shared services) is
 * computed from an activity's figures. The core ships the network charter's rule, a rate equal for all members
 * on turnover excl. VAT or on gross margin (10 % unless the cooperative set another, from a date); other
 * rules (a fee on each invoice, a fixed monthly fee an associate opts for) are plugins.
 *
 * <p><b>What the core guarantees.</b> It calls a scheme with figures whose two amounts share one currency and
 * whose period is ordered ({@link ActivityFigures} checks it), with the cooperative the activity belongs to
 * and never null arguments. {@code date} is the day whose rules apply (normally the period's last day): a
 * scheme whose parameters change over time answers with the values in force that day, so the contribution of
 * a past period does not change when the rate changes later. The core turns the result into the analytic
 * transfer from the activity's section to the cooperative's own structure; the scheme never posts.
 *
 * <p><b>What the plugin must do.</b> Return an amount in the figures' currency, rounded to the minor unit by
 * a rounding mode it names in its documentation (no double anywhere); the same inputs and the same stored
 * parameters give the same result, because statements are recomputed. Give an explanation in {@code locale}
 * (French and English at least) that a member can check by hand. Refuse inputs it cannot price with an
 * {@link IllegalArgumentException} naming the reason, never a silent zero. Keep {@link #id()} stable: it is
 * stored with the contribution.
 *
 * <p><b>Threading.</b> Called from any thread, several at once (statement pages, the month-end job); an
 * implementation is stateless or guards its own state, and reads its parameters in the call rather than
 * caching them, so a change made by the cooperative is seen at the next computation.
 */
public interface ContributionScheme {

    /** Stable id, starting with the module id ({@code core.rate}, {@code smart-fee.invoice-fee}). */
    String id();

    /**
     * The contribution of one activity for the period of {@code figures}, with the rules in force on
     * {@code date} in {@code cooperative}, explained in {@code locale}.
     */
    Contribution contribution(Cooperative cooperative, ActivityFigures figures, LocalDate date, Locale locale);
}
