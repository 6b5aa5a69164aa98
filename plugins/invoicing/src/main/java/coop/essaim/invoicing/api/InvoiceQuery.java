package coop.essaim.invoicing.api;

import java.time.LocalDate;

/**
 * Which invoices to list: of one activity ({@code null}: every activity in reach), in one status ({@code null}:
 * all), only those overdue on {@code overdueOn} ({@code null}: no such filter), newest first, one page.
 */
public record InvoiceQuery(Long activityId, InvoiceStatus status, LocalDate overdueOn, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public InvoiceQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset >= 0 and limit 1.." + MAX_LIMIT);
        }
    }

    public static InvoiceQuery all() {
        return new InvoiceQuery(null, null, null, 0, 100);
    }
}
