package coop.essaim.payroll.internal.job;

import coop.essaim.api.money.Money;

/** A job just declared, with what it gives on its own by the country's rules: gross, net paid, employer cost. */
public record DeclaredJob(ShortJob job, Money gross, Money netPaid, Money employerCost) {
}
