package coop.essaim.payroll.internal.run;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.PayrollAccounts;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.payroll.api.PayslipRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The payroll entry of one payslip, on the activity it pays: the gross and the employer's contributions are
 * its costs; the employee is owed the net, the tax office the withholding, and each social body the employee's
 * and the employer's amounts of its lines. gross + employer = contributions + withholding + net, so the entry
 * balances whatever the rules returned (the payslip record checks its own sums).
 */
final class PayrollEntries {

    private PayrollEntries() {
    }

    /**
     * One key per payslip: a plan's payslip is the month's only one for its person and activity; a payslip of
     * short jobs ends in {@code :jobs}, so it can never take a plan payslip's key, or the other way round.
     */
    static String key(PayslipRecord p) {
        return "payroll:" + p.month() + ":" + p.personId() + ":" + p.activityId() + (p.paysJobs() ? ":jobs" : "");
    }

    static EntryDraft draft(long cooperativeId, PayslipRecord record, PayrollAccounts accounts, String label) {
        Payslip p = record.payslip();
        long activity = record.activityId();
        List<PostingLine> lines = new ArrayList<>();
        add(lines, accounts.grossSalaries(), activity, p.gross(), Side.DEBIT);
        add(lines, accounts.employerContributions(), activity, p.employerContributions(), Side.DEBIT);
        Map<String, Money> owed = new TreeMap<>();
        for (PayslipLine l : p.lines()) {
            owed.merge(l.payableAccount(), l.employeeAmount().plus(l.employerAmount()), Money::plus);
        }
        owed.forEach((account, amount) -> add(lines, account, activity, amount, Side.CREDIT));
        add(lines, accounts.withholdingDue(), activity, p.withholding(), Side.CREDIT);
        lines.add(PostingLine.credit(accounts.netPayDue(), activity, p.netPaid())
                .withThirdParty("person:" + record.personId()));
        return new EntryDraft(cooperativeId, JournalCode.PAYROLL, record.month().atEndOfMonth(), null, null, label,
                lines, key(record));
    }

    /** A negative amount goes to the other side; a zero one is left out. */
    private static void add(List<PostingLine> lines, String account, long activity, Money amount, Side side) {
        if (amount.isZero()) {
            return;
        }
        Side actual = amount.isNegative() ? side.opposite() : side;
        Money positive = amount.isNegative() ? amount.negate() : amount;
        lines.add(new PostingLine(account, activity, actual, positive, null, null));
    }
}
