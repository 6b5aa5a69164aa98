package coop.essaim.payroll.internal.document;

import org.junit.jupiter.api.Test;

import static coop.essaim.payroll.internal.document.PayslipSamples.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PayslipSectionTest {

    private static PayslipSection of(String code) {
        return PayslipSection.of(line(code, "100.00", "1.00", "1.00", "1.00", "1.00", "431000"));
    }

    @Test
    void eachLineFallsUnderTheRiskItsCodeNames() {
        assertEquals(PayslipSection.HEALTH, of("fr.maladie"));
        assertEquals(PayslipSection.HEALTH, of("fr.prevoyance.cadres"));
        assertEquals(PayslipSection.WORK_ACCIDENT, of("fr.at-mp"));
        assertEquals(PayslipSection.WORK_ACCIDENT, of("fr.accidents.travail"));
        assertEquals(PayslipSection.RETIREMENT, of("fr.vieillesse.deplafonnee"));
        assertEquals(PayslipSection.RETIREMENT, of("fr.cet"));
        assertEquals(PayslipSection.RETIREMENT, of("fr.ceg.t2"));
        assertEquals(PayslipSection.FAMILY, of("fr.allocations.familiales"));
        assertEquals(PayslipSection.UNEMPLOYMENT, of("fr.ags"));
        assertEquals(PayslipSection.UNEMPLOYMENT, of("fr.apec"));
        assertEquals(PayslipSection.EMPLOYER_OTHER, of("fr.formation.professionnelle"));
        assertEquals(PayslipSection.EMPLOYER_OTHER, of("fr.dialogue.social"));
        assertEquals(PayslipSection.CSG_DEDUCTIBLE, of("fr.csg.deductible"));
        assertEquals(PayslipSection.CSG_NON_DEDUCTIBLE, of("fr.csg.nondeductible"));
        assertEquals(PayslipSection.CSG_NON_DEDUCTIBLE, of("fr.crds"));
        assertEquals(PayslipSection.REDUCTIONS, of("fr.reduction.generale"));
        assertEquals(PayslipSection.REDUCTIONS, of("fr.rgdu"));
        assertEquals(PayslipSection.HEALTH, of("fr.mutuelle"));
        assertEquals(PayslipSection.FAMILY, of("fr.allocations.familiales"));
        assertEquals(PayslipSection.OTHER, of("fr.cetacean"), "an acronym matches a whole word only");
        assertEquals(PayslipSection.OTHER, of("be.onss.special"));
    }

    @Test
    void aNegativeEmployerOnlyLineIsAReductionWhateverItsCode() {
        assertEquals(PayslipSection.REDUCTIONS,
                PayslipSection.of(line("fr.lodeom", "100.00", null, "0", "5.00", "-5.00", "431000")));
    }
}
