package coop.essaim.api.cooperative;

/** What it takes to create a cooperative (the first-run set-up validates every field). */
public record NewCooperative(String legalName, String shortName, String legalForm, String country,
                             String currency, int fiscalYearStartMonth, String defaultLocale) {
}
