package coop.essaim.countryma.internal.payroll;

import java.util.List;

/** The stable codes of the Moroccan payslip lines, in the order a payslip lists them; labels are in lines*.properties. */
final class MoroccanLineCodes {

    static final String CNSS_SOCIAL_BENEFITS = "ma.cnss.prestations.sociales";
    static final String CNSS_FAMILY_ALLOWANCES = "ma.cnss.allocations.familiales";
    static final String AMO = "ma.amo";
    static final String VOCATIONAL_TRAINING = "ma.formation.professionnelle";

    static final List<String> ALL = List.of(CNSS_SOCIAL_BENEFITS, CNSS_FAMILY_ALLOWANCES, AMO, VOCATIONAL_TRAINING);

    private MoroccanLineCodes() {
    }
}
