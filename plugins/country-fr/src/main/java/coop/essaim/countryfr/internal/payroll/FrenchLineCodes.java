package coop.essaim.countryfr.internal.payroll;

import java.util.List;

/** The stable codes of the French payslip lines, in the order a payslip lists them; labels are in lines*.properties. */
final class FrenchLineCodes {

    static final String MALADIE = "fr.maladie";
    static final String VIEILLESSE_PLAFONNEE = "fr.vieillesse.plafonnee";
    static final String VIEILLESSE_DEPLAFONNEE = "fr.vieillesse.deplafonnee";
    static final String ALLOCATIONS_FAMILIALES = "fr.allocations.familiales";
    static final String ACCIDENTS_DU_TRAVAIL = "fr.accidents.travail";
    static final String CSA = "fr.csa";
    static final String CHOMAGE = "fr.chomage";
    static final String AGS = "fr.ags";
    static final String AGIRC_ARRCO_T1 = "fr.agirc.arrco.t1";
    static final String AGIRC_ARRCO_T2 = "fr.agirc.arrco.t2";
    static final String CEG_T1 = "fr.ceg.t1";
    static final String CEG_T2 = "fr.ceg.t2";
    static final String CET = "fr.cet";
    static final String APEC = "fr.apec";
    static final String PREVOYANCE_CADRES = "fr.prevoyance.cadres";
    static final String FNAL = "fr.fnal";
    static final String DIALOGUE_SOCIAL = "fr.dialogue.social";
    static final String CSG_DEDUCTIBLE = "fr.csg.deductible";
    static final String CSG_NON_DEDUCTIBLE = "fr.csg.non.deductible";
    static final String CRDS = "fr.crds";
    static final String FORMATION = "fr.formation.professionnelle";
    static final String APPRENTISSAGE = "fr.taxe.apprentissage";
    static final String REDUCTION_GENERALE = "fr.reduction.generale";

    static final List<String> ALL = List.of(MALADIE, VIEILLESSE_PLAFONNEE, VIEILLESSE_DEPLAFONNEE,
            ALLOCATIONS_FAMILIALES, ACCIDENTS_DU_TRAVAIL, CSA, CHOMAGE, AGS, AGIRC_ARRCO_T1, AGIRC_ARRCO_T2, CEG_T1,
            CEG_T2, CET, APEC, PREVOYANCE_CADRES, FNAL, DIALOGUE_SOCIAL, CSG_DEDUCTIBLE, CSG_NON_DEDUCTIBLE, CRDS,
            FORMATION, APPRENTISSAGE, REDUCTION_GENERALE);

    private FrenchLineCodes() {
    }
}
