package coop.essaim.invoicing.api;

import java.time.LocalDate;

/** A reminder sent for an overdue invoice: by e-mail (with the mail's id in the core's history) or by post. */
public record Reminder(long id, long invoiceId, ReminderLevel level, LocalDate sentOn, boolean byEmail, Long mailId,
                       String sentBy) {
}
