package coop.essaim.api.sales;

/**
 * The VAT category of a line, as EN 16931 codes it (UNTDID 5305): what an e-invoice states and what decides
 * whether an exemption note is required.
 */
public enum VatCategory {
    /** Standard or reduced rate: VAT is charged. */
    STANDARD("S"),
    /** Zero-rated goods. */
    ZERO("Z"),
    /** Exempt (French franchise en base, training exemption...): the note says which law. */
    EXEMPT("E"),
    /** The buyer accounts for the VAT (autoliquidation). */
    REVERSE_CHARGE("AE"),
    /** Intra-community supply to a buyer registered for VAT in another member state. */
    INTRA_COMMUNITY("K"),
    /** Export outside the European Union. */
    EXPORT("G"),
    /** Outside the scope of VAT. */
    NOT_SUBJECT("O");

    private final String code;

    VatCategory(String code) {
        this.code = code;
    }

    /** The UNTDID 5305 code written in the e-invoice ({@code S}, {@code AE}...). */
    public String code() {
        return code;
    }

    /** Whether an invoice line of this category charges VAT. */
    public boolean chargesVat() {
        return this == STANDARD;
    }
}
