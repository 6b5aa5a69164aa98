package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.util.List;

/** The parts of the balance sheet and income statement. */
public final class FinancialStatement {

    private FinancialStatement() {
    }

    /**
     * The accounts of one {@code kind} with their amounts on the side the kind increases (debit for assets and
     * expenses, credit for the others), so a bank overdraft is a negative asset; {@code total} their sum.
     */
    public record Section(AccountKind kind, List<Line> lines, Money total) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    public record Line(String accountCode, String label, Money amount) {
    }
}
