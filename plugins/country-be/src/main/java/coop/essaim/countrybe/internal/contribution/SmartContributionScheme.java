package coop.essaim.countrybe.internal.contribution;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.ledger.Contribution;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.settings.CooperativeSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * SMart's way (domain guide, "Money": about 11.2 % of turnover in all, of which 6.5 % invoiced on the members'
 * turnover): a share of the activity's turnover excl. VAT, plus a margin on its salary costs, both rates cooperative
 * settings ({@link SmartSettings}: 6.5 % and 0 % until the cooperative sets them). The salary base is what the
 * activity's salary-cost accounts show for the period ({@link ActivityFigures#salaryCosts()}: PCMN 620 to 623, the
 * gross and the employer contributions): the core reads salary costs by role, not gross apart from contributions.
 *
 * <p>Two lines, each rounded to the cent {@link RoundingMode#HALF_UP} (half a cent away from zero, as a member
 * checks by hand), then added. Signed bases: credit notes above the invoices give a negative line. The rates are
 * the settings in force when the contribution is computed: changing them changes a past period recomputed after
 * the change (change them at the start of a fiscal year; the core's dated rate, {@code core.rate}, keeps history).
 * Stateless: the settings are read at each call, from any thread.
 */
public final class SmartContributionScheme implements ContributionScheme {

    public static final String ID = "country-be.smart";
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final String BUNDLE = "coop.essaim.countrybe.messages";

    private final CooperativeSettings settings;

    public SmartContributionScheme(ModuleContext context) {
        this(context.service(CooperativeSettings.class));
    }

    SmartContributionScheme(CooperativeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Contribution contribution(Cooperative cooperative, ActivityFigures figures, LocalDate date, Locale locale) {
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(date, "date");
        String currency = figures.turnoverExclVat().currency().getCurrencyCode();
        if (!currency.equals(cooperative.currency())) {
            throw new IllegalArgumentException("activity " + figures.activityId() + ": figures in " + currency
                    + " but cooperative " + cooperative.id() + " keeps its books in " + cooperative.currency());
        }
        SmartSettings.Rates rates = SmartSettings.Rates.of(settings, cooperative.id());
        Money onTurnover = percentOf(figures.turnoverExclVat(), rates.turnoverPercent());
        Money onSalaries = percentOf(figures.salaryCosts(), rates.salaryMarginPercent());
        Money total = onTurnover.plus(onSalaries);
        Locale shown = locale == null ? Locale.FRENCH : locale;
        String explanation = text(shown, "contribution.smart.explain", percent(rates.turnoverPercent(), shown),
                figures.turnoverExclVat().format(shown), onTurnover.format(shown),
                percent(rates.salaryMarginPercent(), shown), figures.salaryCosts().format(shown),
                onSalaries.format(shown), total.format(shown));
        return new Contribution(total, ID, explanation);
    }

    /** {@code percent} % of {@code base}, to the cent, half up: the scheme's one rounding. */
    static Money percentOf(Money base, BigDecimal percent) {
        return base.times(percent.movePointLeft(2), ROUNDING);
    }

    private static String percent(BigDecimal percent, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(percent.movePointLeft(2));
    }

    private static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, SmartContributionScheme.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
