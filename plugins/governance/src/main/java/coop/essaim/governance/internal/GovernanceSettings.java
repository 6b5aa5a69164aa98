package coop.essaim.governance.internal;

import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts capital movements post to, blank for the country's default. A SCOP's capital is variable and called
 * in full on subscription, so a subscription credits the capital account against the associate's contribution
 * account (what they owe); a payment settles that account from the cash account; a redemption debits the capital
 * against the refund account (what the cooperative owes the leaving associate) for the part they had paid and
 * against the contribution account for the part they had not. France: 101300 / 456100 / 455000 / 512000;
 * Belgium: 100000 / 101000 / 489000 / 550000; Morocco: 1111 / 1119 / 4463 / 5141.
 */
public final class GovernanceSettings implements SettingsContribution {

    public static final String CAPITAL_ACCOUNT = "governance.capital-account";
    public static final String CONTRIBUTION_ACCOUNT = "governance.contribution-account";
    public static final String REFUND_ACCOUNT = "governance.refund-account";
    public static final String CASH_ACCOUNT = "governance.cash-account";

    /** How many absent associates one present associate may represent: the statutes fix it, 2 is a common figure. */
    public static final String PROXIES_PER_HOLDER = "governance.proxies-per-holder";
    /** Quorum of an ordinary assembly on first convocation, percent of the associates (SCOP statutes: 25). */
    public static final String QUORUM_ORDINARY = "governance.quorum-ordinary";
    /** Quorum of an extraordinary assembly on first convocation, percent of the associates (SCOP statutes: 50). */
    public static final String QUORUM_EXTRAORDINARY = "governance.quorum-extraordinary";
    /** Quorum of a meeting of a body (board, managers, commission), percent of its members in mandate (half). */
    public static final String BOARD_QUORUM = "governance.board-quorum";
    /** Quorum of an assembly on second convocation, percent of the associates (SCOP statutes: none, 0). */
    public static final String QUORUM_SECOND_ORDINARY = "governance.quorum-second-ordinary";
    /** Quorum of an extraordinary assembly on second convocation, percent (SCOP statutes: 25). */
    public static final String QUORUM_SECOND_EXTRAORDINARY = "governance.quorum-second-extraordinary";
    /** The least and the most weight of one college of the assembly, percent (SCIC rule: 10 and 50). */
    public static final String COLLEGE_MIN = "governance.college-min";
    public static final String COLLEGE_MAX = "governance.college-max";
    public static final int DEFAULT_COLLEGE_MIN = 10;
    public static final int DEFAULT_COLLEGE_MAX = 50;
    public static final int DEFAULT_BOARD_QUORUM = 50;
    public static final int DEFAULT_QUORUM_SECOND_ORDINARY = 0;
    public static final int DEFAULT_QUORUM_SECOND_EXTRAORDINARY = 25;
    public static final int DEFAULT_PROXIES = 2;
    public static final int DEFAULT_QUORUM_ORDINARY = 25;
    public static final int DEFAULT_QUORUM_EXTRAORDINARY = 50;

    private static final List<String> KEYS = List.of(CAPITAL_ACCOUNT, CONTRIBUTION_ACCOUNT, REFUND_ACCOUNT,
            CASH_ACCOUNT);
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "FR", List.of("101300", "456100", "455000", "512000"),
            "BE", List.of("100000", "101000", "489000", "550000"),
            "MA", List.of("1111", "1119", "4463", "5141"));

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(CAPITAL_ACCOUNT, SettingType.TEXT, "", "setting.capitalAccount"),
                SettingDefinition.of(CONTRIBUTION_ACCOUNT, SettingType.TEXT, "", "setting.contributionAccount"),
                SettingDefinition.of(REFUND_ACCOUNT, SettingType.TEXT, "", "setting.refundAccount"),
                SettingDefinition.of(CASH_ACCOUNT, SettingType.TEXT, "", "setting.cashAccount"),
                SettingDefinition.of(PROXIES_PER_HOLDER, SettingType.INTEGER, String.valueOf(DEFAULT_PROXIES),
                        "setting.proxiesPerHolder"),
                SettingDefinition.of(QUORUM_ORDINARY, SettingType.INTEGER, String.valueOf(DEFAULT_QUORUM_ORDINARY),
                        "setting.quorumOrdinary"),
                SettingDefinition.of(QUORUM_EXTRAORDINARY, SettingType.INTEGER,
                        String.valueOf(DEFAULT_QUORUM_EXTRAORDINARY), "setting.quorumExtraordinary"),
                SettingDefinition.of(BOARD_QUORUM, SettingType.INTEGER, String.valueOf(DEFAULT_BOARD_QUORUM),
                        "setting.boardQuorum"),
                SettingDefinition.of(QUORUM_SECOND_ORDINARY, SettingType.INTEGER,
                        String.valueOf(DEFAULT_QUORUM_SECOND_ORDINARY), "setting.quorumSecondOrdinary"),
                SettingDefinition.of(QUORUM_SECOND_EXTRAORDINARY, SettingType.INTEGER,
                        String.valueOf(DEFAULT_QUORUM_SECOND_EXTRAORDINARY), "setting.quorumSecondExtraordinary"),
                SettingDefinition.of(COLLEGE_MIN, SettingType.INTEGER, String.valueOf(DEFAULT_COLLEGE_MIN),
                        "setting.collegeMin"),
                SettingDefinition.of(COLLEGE_MAX, SettingType.INTEGER, String.valueOf(DEFAULT_COLLEGE_MAX),
                        "setting.collegeMax"));
    }

    /** The account the setting names, or the country's default, or empty when the country has none. */
    public static String account(CooperativeSettings settings, long cooperativeId, String country, String key) {
        return settings.value(cooperativeId, key).map(String::strip).filter(v -> !v.isEmpty())
                .or(() -> countryDefault(country, key)).orElse("");
    }

    static Optional<String> countryDefault(String country, String key) {
        List<String> d = DEFAULTS.get(country);
        return d == null ? Optional.empty() : Optional.of(d.get(KEYS.indexOf(key)));
    }
}
