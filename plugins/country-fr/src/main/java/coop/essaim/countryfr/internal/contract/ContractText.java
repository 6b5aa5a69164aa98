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
}
