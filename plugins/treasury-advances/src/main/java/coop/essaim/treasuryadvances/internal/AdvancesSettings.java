package coop.essaim.treasuryadvances.internal;

import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts the advances post to, blank for the country's default: the cash account (blank: the chart's first
 * cash account), the internal claim account (debited on the lending section, credited on the activity) and the
 * write-off account (the same analytic transfer as the contribution: debited on the lender, credited on the
 * activity, so it nets to zero in the cooperative's books). The lender is the structure, or the activity of a
 * dedicated fund when its id is set. The eligibility rules are dated editions of their own ({@code RuleBook}).
 */
public final class AdvancesSettings implements SettingsContribution {

    public static final String CASH_ACCOUNT = "treasury-advances.cash-account";
    public static final String CLAIM_ACCOUNT = "treasury-advances.claim-account";
    public static final String WRITE_OFF_ACCOUNT = "treasury-advances.write-off-account";
    public static final String FUND_ACTIVITY = "treasury-advances.fund-activity-id";

    /** Country defaults: claim, write-off. */
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "FR", List.of("467000", "671000"),
            "BE", List.of("416000", "657000"),
            "MA", List.of("4488", "6588"));

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(CASH_ACCOUNT, SettingType.TEXT, "", "setting.cashAccount"),
                SettingDefinition.of(CLAIM_ACCOUNT, SettingType.TEXT, "", "setting.claimAccount"),
                SettingDefinition.of(WRITE_OFF_ACCOUNT, SettingType.TEXT, "", "setting.writeOffAccount"),
                SettingDefinition.of(FUND_ACTIVITY, SettingType.TEXT, "", "setting.fundActivity"));
    }

    public static Optional<String> value(CooperativeSettings settings, long cooperativeId, String key) {
        return settings.value(cooperativeId, key).map(String::strip).filter(v -> !v.isEmpty());
    }

    public static Optional<String> countryDefault(String country, String key) {
        List<String> d = DEFAULTS.get(country);
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(CLAIM_ACCOUNT.equals(key) ? d.get(0) : d.get(1));
    }

    public static Optional<Long> fundActivity(CooperativeSettings settings, long cooperativeId) {
        try {
            return value(settings, cooperativeId, FUND_ACTIVITY).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
