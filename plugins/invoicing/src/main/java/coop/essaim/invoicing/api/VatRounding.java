package coop.essaim.invoicing.api;

/**
 * Where VAT is rounded to the cent: on each line (the line's VAT, then the sum) or on each rate's total (the
 * sum of the lines' net amounts, then its VAT). The cooperative chooses; both are lawful, and they can differ by
 * a few cents on an invoice of many lines.
 */
public enum VatRounding {
    PER_LINE, PER_TOTAL
}
