package coop.essaim.countryfr.internal.fec;

import java.util.Arrays;
import java.util.List;

/**
 * The 18 columns of a FEC, in the order article A47 A-1 of the Livre des procédures fiscales lists them, with
 * whether a line must fill it in. CompAuxNum/CompAuxLib, EcritureLet/DateLet and Montantdevise/Idevise may stay
 * empty (no third party, not lettered, in the accounting currency).
 */
enum FecColumn {
    JOURNAL_CODE("JournalCode", true),
    JOURNAL_LIB("JournalLib", true),
    ECRITURE_NUM("EcritureNum", true),
    ECRITURE_DATE("EcritureDate", true),
    COMPTE_NUM("CompteNum", true),
    COMPTE_LIB("CompteLib", true),
    COMP_AUX_NUM("CompAuxNum", false),
    COMP_AUX_LIB("CompAuxLib", false),
    PIECE_REF("PieceRef", true),
    PIECE_DATE("PieceDate", true),
    ECRITURE_LIB("EcritureLib", true),
    DEBIT("Debit", true),
    CREDIT("Credit", true),
    ECRITURE_LET("EcritureLet", false),
    DATE_LET("DateLet", false),
    VALID_DATE("ValidDate", true),
    MONTANT_DEVISE("Montantdevise", false),
    IDEVISE("Idevise", false);

    static final List<String> HEADER = Arrays.stream(values()).map(c -> c.title).toList();

    private final String title;
    private final boolean mandatory;

    FecColumn(String title, boolean mandatory) {
        this.title = title;
        this.mandatory = mandatory;
    }

    /** The name the header line gives it. */
    String title() {
        return title;
    }

    boolean mandatory() {
        return mandatory;
    }

    /** Its position on a line, from 0. */
    int index() {
        return ordinal();
    }
}
