package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.payroll.ParameterEditions;

/** The Belgian payroll parameters' dated editions, read from {@code coop/essaim/countrybe/payroll/}. */
final class PayrollEditions {

    private static final String FOLDER = "coop/essaim/countrybe/payroll/";

    private PayrollEditions() {
    }

    /** The editions this plugin ships (see {@link ParameterEditions} for the files' layout). */
    static ParameterEditions<PayrollParameters> load() {
        return ParameterEditions.load(PayrollEditions.class.getClassLoader(), FOLDER, BelgianPayrollRules.COUNTRY,
                PayrollParameters::new, PayrollParameters::validFrom);
    }
}
