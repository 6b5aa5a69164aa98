package coop.essaim.governance.internal.split;

import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The legal bounds of a SCOP's profit split and the accounts it posts to, blank for the country's default. The
 * bounds (participation at least 25%, dividends at most 33%, reserves at least 25%) are the French SCOP law's and the
 * default everywhere; the legal reserve is the part of the result the country's law sends to the legal reserve, out
 * of the reserves: France 15% (SCOP), Belgium and Morocco 5%. None of the country plugins carries this rule, so it
 * lives here. Accounts: the year's profit is debited, the reserves, the participation owed to employees, the
 * dividends payable and the other part credited (France: participation owed on 424000).
 */
public final class SplitSettings implements SettingsContribution {

    public static final String PARTICIPATION_MIN = "governance.split.participation-min";
    public static final String DIVIDENDS_MAX = "governance.split.dividends-max";
    public static final String RESERVES_MIN = "governance.split.reserves-min";
    public static final String LEGAL_RESERVE = "governance.split.legal-reserve-percent";
    public static final String RESULT_ACCOUNT = "governance.split.result-account";
    public static final String LEGAL_RESERVE_ACCOUNT = "governance.split.legal-reserve-account";
    public static final String RESERVES_ACCOUNT = "governance.split.reserves-account";
    public static final String PARTICIPATION_ACCOUNT = "governance.split.participation-account";
    public static final String DIVIDENDS_ACCOUNT = "governance.split.dividends-account";
    public static final String OTHER_ACCOUNT = "governance.split.other-account";

    private static final List<String> KEYS = List.of(LEGAL_RESERVE, RESULT_ACCOUNT, LEGAL_RESERVE_ACCOUNT,
            RESERVES_ACCOUNT, PARTICIPATION_ACCOUNT, DIVIDENDS_ACCOUNT, OTHER_ACCOUNT);
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "FR", List.of("15", "120000", "106100", "106800", "424000", "457000", "106800"),
            "BE", List.of("5", "140000", "130000", "133000", "459000", "471000", "131000"),
            "MA", List.of("5", "1191", "1140", "1151", "4432", "4465", "1152"));
    private static final Map<String, String> BOUNDS = Map.of(PARTICIPATION_MIN, "25", DIVIDENDS_MAX, "33",
            RESERVES_MIN, "25");

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.of(PARTICIPATION_MIN, SettingType.TEXT, "", "setting.split.participationMin"),
                SettingDefinition.of(DIVIDENDS_MAX, SettingType.TEXT, "", "setting.split.dividendsMax"),
                SettingDefinition.of(RESERVES_MIN, SettingType.TEXT, "", "setting.split.reservesMin"),
                SettingDefinition.of(LEGAL_RESERVE, SettingType.TEXT, "", "setting.split.legalReserve"),
                SettingDefinition.of(RESULT_ACCOUNT, SettingType.TEXT, "", "setting.split.resultAccount"),
                SettingDefinition.of(LEGAL_RESERVE_ACCOUNT, SettingType.TEXT, "", "setting.split.legalReserveAccount"),
                SettingDefinition.of(RESERVES_ACCOUNT, SettingType.TEXT, "", "setting.split.reservesAccount"),
                SettingDefinition.of(PARTICIPATION_ACCOUNT, SettingType.TEXT, "",
                        "setting.split.participationAccount"),
                SettingDefinition.of(DIVIDENDS_ACCOUNT, SettingType.TEXT, "", "setting.split.dividendsAccount"),
                SettingDefinition.of(OTHER_ACCOUNT, SettingType.TEXT, "", "setting.split.otherAccount"));
    }

    /** The setting, or the country's default, or empty when there is none. */
    static String value(CooperativeSettings settings, long cooperativeId, String country, String key) {
        return settings.value(cooperativeId, key).map(String::strip).filter(v -> !v.isEmpty()).orElseGet(() -> {
            if (BOUNDS.containsKey(key)) {
                return BOUNDS.get(key);
            }
            List<String> d = DEFAULTS.get(country);
            return d == null ? (key.equals(LEGAL_RESERVE) ? "0" : "") : d.get(KEYS.indexOf(key));
        });
    }

    /** A percentage setting; a value that is not a number between 0 and 100 counts as the default. */
    static BigDecimal percent(CooperativeSettings settings, long cooperativeId, String country, String key) {
        try {
            BigDecimal p = new BigDecimal(value(settings, cooperativeId, country, key).replace(',', '.'));
            if (p.signum() >= 0 && p.compareTo(SplitRules.HUNDRED) <= 0) {
                return p;
            }
        } catch (NumberFormatException e) {
            // falls through to the default
        }
        String d = BOUNDS.containsKey(key) ? BOUNDS.get(key) : value(cooperativeId, country, key);
        return new BigDecimal(d);
    }

    private static String value(long cooperativeId, String country, String key) {
        List<String> d = DEFAULTS.get(country);
        return d == null ? "0" : d.get(KEYS.indexOf(key));
    }
}
