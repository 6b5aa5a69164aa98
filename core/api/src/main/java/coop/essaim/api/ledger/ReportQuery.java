package coop.essaim.api.ledger;

import java.time.LocalDate;

/**
 * What a report covers: the period from {@code from} to {@code to} inclusive (both required), optionally one
 * activity, and for the general ledger optionally one account. The report checks the values and names the bad one.
 */
public record ReportQuery(LocalDate from, LocalDate to, Long activityId, String accountCode) {

    public static ReportQuery period(LocalDate from, LocalDate to) {
        return new ReportQuery(from, to, null, null);
    }

    public ReportQuery ofActivity(Long activity) {
        return new ReportQuery(from, to, activity, accountCode);
    }

    public ReportQuery ofAccount(String account) {
        return new ReportQuery(from, to, activityId, account);
    }
}
