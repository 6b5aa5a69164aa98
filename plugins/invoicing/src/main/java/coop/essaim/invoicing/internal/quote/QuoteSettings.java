package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.util.List;

/** The quotes' setting: how long a quote is valid when its validity date is not typed. */
public final class QuoteSettings implements SettingsContribution {

    public static final String VALIDITY_DAYS = "invoicing.quote-validity-days";
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 365;

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(VALIDITY_DAYS, SettingType.INTEGER, Integer.toString(DEFAULT_DAYS),
                "setting.quoteValidityDays"));
    }

    /** The cooperative's validity in days, kept within 1 to 365 whatever was stored. */
    static int validityDays(CooperativeSettings settings, long cooperativeId) {
        try {
            int days = Integer.parseInt(settings.value(cooperativeId, VALIDITY_DAYS)
                    .orElse(Integer.toString(DEFAULT_DAYS)).strip());
            return Math.max(1, Math.min(MAX_DAYS, days));
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }
}
