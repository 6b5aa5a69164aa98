package coop.essaim.api.sales;

/**
 * A text a sales document must carry. {@code subjectCode} is the UNTDID 4451 code the e-invoice files it under
 * ({@code PMT} the fixed recovery indemnity, {@code PMD} late-payment penalties, {@code AAB} the early-payment
 * discount, {@code REG} the company's registration), or {@code null} for a text printed only.
 */
public record DocumentMention(String subjectCode, String text) {
}
