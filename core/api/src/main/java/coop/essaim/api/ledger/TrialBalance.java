package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A trial balance: its rows and their totals, in {@code currency}. {@code byActivity}: one row per account and
 * activity, else per account (then {@link Row#activityId()} is null).
 */
public record TrialBalance(LocalDate from, LocalDate to, Long activityId, boolean byActivity, Currency currency,
                           List<Row> rows, Totals totals) {

    public TrialBalance {
        rows = List.copyOf(rows);
    }

    /**
     * One account (and activity): {@code opening} the balance at the start of {@code from} (debit minus credit,
     * positive for a debit balance), the period's {@code debit} and {@code credit} movements. {@code label} and
     * {@code kind} come from the chart (the code and null for an account the chart no longer has).
     */
    public record Row(String accountCode, String label, AccountKind kind, Long activityId, Money opening,
                      Money debit, Money credit) {

        public Money closing() {
            return opening.plus(debit).minus(credit);
        }

        public Money openingDebit() {
            return debitSide(opening);
        }

        public Money openingCredit() {
            return creditSide(opening);
        }

        public Money closingDebit() {
            return debitSide(closing());
        }

        public Money closingCredit() {
            return creditSide(closing());
        }
    }

    /** The sums of the columns; a balanced trial balance has equal debit and credit in each pair. */
    public record Totals(Money openingDebit, Money openingCredit, Money debit, Money credit, Money closingDebit,
                         Money closingCredit) {

        public boolean balanced() {
            return openingDebit.equals(openingCredit) && debit.equals(credit) && closingDebit.equals(closingCredit);
        }

        public static Totals of(Currency currency, List<Row> rows) {
            Money zero = Money.zero(currency);
            Money od = zero;
            Money oc = zero;
            Money d = zero;
            Money c = zero;
            Money cd = zero;
            Money cc = zero;
            for (Row r : rows) {
                od = od.plus(r.openingDebit());
                oc = oc.plus(r.openingCredit());
                d = d.plus(r.debit());
                c = c.plus(r.credit());
                cd = cd.plus(r.closingDebit());
                cc = cc.plus(r.closingCredit());
            }
            return new Totals(od, oc, d, c, cd, cc);
        }
    }

    static Money debitSide(Money balance) {
        return balance.isPositive() ? balance : Money.zero(balance.currency());
    }

    static Money creditSide(Money balance) {
        return balance.isNegative() ? balance.negate() : Money.zero(balance.currency());
    }
}
