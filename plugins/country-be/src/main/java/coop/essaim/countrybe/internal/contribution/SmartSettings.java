package coop.essaim.countrybe.internal.contribution;

import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cooperative's settings of the SMart-style contribution: the share of turnover excl. VAT (6.5 %, SMart's
 * rate as the domain guide reports it) and the margin on the salary costs (none until the cooperative sets one),
 * both in percent. Read at each computation, so a change is seen at once.
 */
public final class SmartSettings implements SettingsContribution {

    public static final String TURNOVER_PERCENT = "country-be.smart.turnover-percent";
    public static final String SALARY_MARGIN_PERCENT = "country-be.smart.salary-margin-percent";
    static final String TURNOVER_DEFAULT = "6.5";
    static final String SALARY_MARGIN_DEFAULT = "0";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.of(TURNOVER_PERCENT, SettingType.DECIMAL, TURNOVER_DEFAULT, "setting.smart.turnover"),
                SettingDefinition.of(SALARY_MARGIN_PERCENT, SettingType.DECIMAL, SALARY_MARGIN_DEFAULT,
                        "setting.smart.salaryMargin"));
    }

    /** The two rates of one cooperative, in percent, each from 0 to 100. */
    record Rates(BigDecimal turnoverPercent, BigDecimal salaryMarginPercent) {

        static Rates of(CooperativeSettings settings, long cooperativeId) {
            return new Rates(percent(settings, cooperativeId, TURNOVER_PERCENT, TURNOVER_DEFAULT),
                    percent(settings, cooperativeId, SALARY_MARGIN_PERCENT, SALARY_MARGIN_DEFAULT));
        }

        private static BigDecimal percent(CooperativeSettings settings, long cooperativeId, String key, String fallback) {
            String text = settings.value(cooperativeId, key).orElse(fallback).strip();
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": '" + text + "' is not a percentage");
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException(key + ": a percentage from 0 to 100, not " + text);
            }
            return value;
        }
    }
}
