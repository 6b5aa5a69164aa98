package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * One page of the general ledger: the accounts whose lines are on it, in code order; {@code more} when lines
 * follow on the next page ({@code offset + limit}).
 */
public record GeneralLedger(LocalDate from, LocalDate to, Long activityId, String accountCode, Currency currency,
                            List<AccountLines> accounts, int offset, int limit, boolean more) {

    public GeneralLedger {
        accounts = List.copyOf(accounts);
    }

    /**
     * An account on the page: {@code opening} its balance at the start of {@code from}, {@code broughtForward}
     * its balance before the first line of this page (the opening on the page it starts on), its lines, and over
     * the whole period its {@code debit} and {@code credit} movements and {@code closing} balance. Balances are
     * debit minus credit.
     */
    public record AccountLines(String accountCode, String label, AccountKind kind, Money opening,
                               Money broughtForward, List<Line> lines, Money debit, Money credit, Money closing) {

        public AccountLines {
            lines = List.copyOf(lines);
        }
    }

    /** A posting line, with {@code balance} the account's running balance after it. */
    public record Line(LocalDate date, JournalCode journal, String entryReference, long entryId,
                       String pieceReference, String label, long activityId, Money debit, Money credit,
                       String lettering, Money balance) {
    }
}
