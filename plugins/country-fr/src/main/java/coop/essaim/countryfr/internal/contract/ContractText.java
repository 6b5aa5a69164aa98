package coop.essaim.countryfr.internal.contract;

import coop.essaim.api.people.EmploymentTerms;

import java.time.ZoneId;
import java.util.Locale;

final class ContractText {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private ContractText() {
    }

    static String per(Locale locale, EmploymentTerms.Per per) {
        if (per == null) {
            return null;
        }
        boolean en = "en".equals(locale.getLanguage());
        return switch (per) {
            case WEEK -> en ? "week" : "semaine";
            case MONTH -> en ? "month" : "mois";
        };
    }

    /** A message of the plugin's bundle (French first, English base), its arguments by {@link java.text.MessageFormat}. */
    static String message(Locale locale, String key, Object... args) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("coop.essaim.countryfr.messages", locale,
                ContractText.class.getClassLoader(), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        return new java.text.MessageFormat(bundle.getString(key), locale).format(args);
    }
}
