package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;

/**
 * What one person was paid over a period, summed over the payslips of the validated runs only (a draft may still
 * change): their gross salary, the hours the payslips paid, and how many payslips that was (one a month and
 * activity). {@code personName} is the name the payslips printed (if it
 * changed during the period, the last in alphabetical order: the query stays one grouped query).
 */
public record YearlyPay(long personId, String personName, Money gross, BigDecimal hours, int payslips) {
}
