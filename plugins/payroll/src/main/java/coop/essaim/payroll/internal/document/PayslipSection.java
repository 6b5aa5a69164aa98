package coop.essaim.payroll.internal.document;

import coop.essaim.api.payroll.PayslipLine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headings of the French clarified payslip (arrêté of 25 February 2016), in its order, under which the
 * lines are grouped. A line is placed by the words of its stable code ({@code fr.vieillesse.plafonnee} is
 * retirement, {@code fr.csg.non-deductible} the non-deductible CSG), so any country whose codes name the risk
 * gets the same grouping; a code that names none falls under {@link #OTHER}. Lines keep the rules' order within
 * a section.
 */
enum PayslipSection {

    HEALTH(Set.of("maladie", "sante", "prevoyance", "mutuelle", "health", "sickness", "incapacite", "invalidite")),
    WORK_ACCIDENT(Set.of("accident", "atmp")),
    RETIREMENT(Set.of("vieillesse", "retraite", "agirc", "arrco", "ceg", "cet", "pension")),
    FAMILY(Set.of("famil")),
    UNEMPLOYMENT(Set.of("chomage", "ags", "apec", "unemployment")),
    EMPLOYER_OTHER(Set.of("fnal", "csa", "autonomie", "dialogue", "formation", "apprentissage", "mobilite",
            "transport", "logement", "training")),
    OTHER(Set.of()),
    CSG_DEDUCTIBLE(Set.of()),
    CSG_NON_DEDUCTIBLE(Set.of()),
    REDUCTIONS(Set.of("reduction", "rgdu", "exoneration", "allegement"));

    private final Set<String> words;

    PayslipSection(Set<String> words) {
        this.words = words;
    }

    /** The message key of the heading: {@code payslip.section.HEALTH}. */
    String key() {
        return "section." + name();
    }

    static PayslipSection of(PayslipLine line) {
        String code = plain(line.code());
        List<String> words = List.of(code.split("[^a-z0-9]+"));
        if (REDUCTIONS.matches(words, code)
                || line.employerAmount().isNegative() && line.employeeAmount().isZero()) {
            return REDUCTIONS;
        }
        if (words.contains("crds")) {
            return CSG_NON_DEDUCTIBLE;
        }
        if (words.contains("csg")) {
            boolean nonDeductible = code.contains("non") || words.contains("imposable");
            return nonDeductible ? CSG_NON_DEDUCTIBLE : CSG_DEDUCTIBLE;
        }
        for (PayslipSection section : values()) {
            if (section != REDUCTIONS && section.matches(words, code)) {
                return section;
            }
        }
        return OTHER;
    }

    private boolean matches(List<String> codeWords, String code) {
        for (String word : codeWords) {
            for (String keyword : words) {
                // short keywords are acronyms (ceg, cet, ags) and match whole words only
                if (word.equals(keyword) || keyword.length() >= 5 && word.startsWith(keyword)) {
                    return true;
                }
            }
        }
        // "at.mp" or "at-mp" split into two words
        return this == WORK_ACCIDENT && code.matches(".*\\bat[.\\-_]?mp\\b.*");
    }

    private static String plain(String code) {
        String decomposed = Normalizer.normalize(code, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
