package coop.essaim.api.cooperative;

/** What it takes to create a cooperative; validated by {@link CooperativeDirectory#create}. */
public record NewCooperative(String legalName, String shortName, String legalForm, String country,
                             String currency, int fiscalYearStartMonth, String defaultLocale) {
}
