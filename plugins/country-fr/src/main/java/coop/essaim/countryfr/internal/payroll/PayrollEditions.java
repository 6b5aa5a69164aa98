package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.payroll.ParameterEditions;

/** The French payroll parameters' dated editions, read from {@code coop/essaim/countryfr/payroll/}. */
final class PayrollEditions {

    private static final String FOLDER = "coop/essaim/countryfr/payroll/";

    private PayrollEditions() {
    }

    /** The editions this plugin ships (see {@link ParameterEditions} for the files' layout). */
    static ParameterEditions<PayrollParameters> load() {
        return ParameterEditions.load(PayrollEditions.class.getClassLoader(), FOLDER, FrenchPayrollRules.COUNTRY,
                PayrollParameters::new, PayrollParameters::validFrom);
    }
}
