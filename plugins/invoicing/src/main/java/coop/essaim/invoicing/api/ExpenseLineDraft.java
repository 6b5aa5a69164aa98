package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * One expense as typed: spent on {@code spentOn}, filed under the chart's expense account {@code accountCode}
 * (the category), {@code amount} incl. VAT as on the receipt, of which {@code vat} is deductible VAT (zero when the
 * receipt shows none).
 */
public record ExpenseLineDraft(LocalDate spentOn, String accountCode, String description, Money amount, Money vat) {
}
