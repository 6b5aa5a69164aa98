package coop.essaim.api.payroll;

import java.time.YearMonth;

/** The rules have no dated parameters for the month asked (before their first edition). */
public class MissingPayrollParametersException extends RuntimeException {

    private final String country;
    private final YearMonth month;

    public MissingPayrollParametersException(String country, YearMonth month, String firstMonth) {
        super("no " + country + " payroll parameters for " + month + ": the first month these rules know is "
                + firstMonth);
        this.country = country;
        this.month = month;
    }

    public String country() {
        return country;
    }

    public YearMonth month() {
        return month;
    }
}
