package coop.essaim.kernel.cooperative;

import coop.essaim.api.cooperative.NewCooperative;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a cooperative's identity must satisfy before it is stored. */
public final class CooperativeRules {

    public static final List<String> LEGAL_FORMS = List.of("SCOP_SARL", "SCOP_SA", "OTHER");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private CooperativeRules() {
    }

    /**
     * Adds one error per bad field (legalName, shortName, legalForm, country, currency, ...) to {@code errors};
     * {@code languages}: the interface languages offered ({@link InterfaceLanguages#tags}).
     */
    public static void check(NewCooperative c, List<String> languages, FieldErrors errors) {
        if (c == null) {
            errors.add("cooperative", "validation.required");
            return;
        }
        errors.requireText("legalName", c.legalName(), 200);
        errors.requireText("shortName", c.shortName(), 60);
        if (c.legalForm() == null || !LEGAL_FORMS.contains(c.legalForm())) {
            errors.add("legalForm", "validation.choice", String.join(", ", LEGAL_FORMS));
        }
        if (c.country() == null || !COUNTRIES.contains(c.country())) {
            errors.add("country", "cooperative.country.invalid");
        }
        if (!isCurrency(c.currency())) {
            errors.add("currency", "cooperative.currency.invalid");
        }
        if (c.fiscalYearStartMonth() < 1 || c.fiscalYearStartMonth() > 12) {
            errors.add("fiscalYearStartMonth", "cooperative.month.invalid");
        }
        if (c.defaultLocale() == null || !languages.contains(c.defaultLocale())) {
            errors.add("defaultLocale", "validation.choice", String.join(", ", languages));
        }
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
