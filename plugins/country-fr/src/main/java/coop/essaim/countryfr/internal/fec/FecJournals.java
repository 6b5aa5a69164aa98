package coop.essaim.countryfr.internal.fec;

import java.util.Map;

/** The label in French a FEC gives each journal of the core (JournalLib); another journal is named by its code. */
final class FecJournals {

    private static final Map<String, String> LABELS = Map.of(
            "SALES", "Journal des ventes",
            "PURCHASES", "Journal des achats",
            "BANK", "Journal de banque",
            "PAYROLL", "Journal de paie",
            "MISC", "Journal des opérations diverses",
            "OPENING", "Journal des à-nouveaux");

    private FecJournals() {
    }

    static String label(String journalCode) {
        return LABELS.getOrDefault(journalCode, "Journal " + journalCode);
    }
}
