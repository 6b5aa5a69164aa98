package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.payroll.ParameterEditions;

/** The Moroccan payroll parameters' dated editions, read from {@code coop/essaim/countryma/payroll/}. */
final class PayrollEditions {

    private static final String FOLDER = "coop/essaim/countryma/payroll/";

    private PayrollEditions() {
    }

    /** The editions this plugin ships (see {@link ParameterEditions} for the files' layout). */
    static ParameterEditions<PayrollParameters> load() {
        return ParameterEditions.load(PayrollEditions.class.getClassLoader(), FOLDER, MoroccanPayrollRules.COUNTRY,
                PayrollParameters::new, PayrollParameters::validFrom);
    }
}
