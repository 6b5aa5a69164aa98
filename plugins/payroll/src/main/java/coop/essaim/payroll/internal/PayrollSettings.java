package coop.essaim.payroll.internal;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;
import coop.essaim.api.security.UserContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cooperative's payroll settings: its headcount (which selects rate bands), the accident insurance rate of
 * its establishment (French AT/MP, notified each year; no default, since a wrong rate would be wrong on every
 * payslip), and the bank account net pay is transferred from.
 */
public final class PayrollSettings implements SettingsContribution {

    public static final String HEADCOUNT = "payroll.headcount";
    public static final String ACCIDENT_RATE = "payroll.accident-rate";
    public static final String IBAN = "payroll.bank-iban";
    public static final String BIC = "payroll.bank-bic";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(HEADCOUNT, SettingType.INTEGER, "10", "setting.headcount"),
                SettingDefinition.of(ACCIDENT_RATE, SettingType.DECIMAL, null, "setting.accidentRate"),
                SettingDefinition.of(IBAN, SettingType.TEXT, null, "setting.iban"),
                SettingDefinition.of(BIC, SettingType.TEXT, null, "setting.bic"));
    }

    /** What a run needs; refuses, naming the setting, a cooperative that has not set its accident rate. */
    public record Values(int headcount, BigDecimal accidentRatePercent) {

        public static Values of(CooperativeSettings settings, UserContext actor) {
            long c = actor.cooperativeId();
            BigDecimal rate = settings.value(c, ACCIDENT_RATE).filter(v -> !v.isBlank()).map(BigDecimal::new)
                    .orElseThrow(() -> new ValidationException(ACCIDENT_RATE,
                            Messages.text(actor.locale(), "error.accidentRateMissing")));
            int headcount = Integer.parseInt(settings.value(c, HEADCOUNT).orElse("10"));
            return new Values(Math.max(1, headcount), rate);
        }
    }
}
