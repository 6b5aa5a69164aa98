package coop.essaim.payroll.internal.job;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the adviser declares for a short job; {@link JobBook#declare} checks every field. */
public record ShortJobDraft(long activityId, long personId, LocalDate firstDay, LocalDate lastDay, BigDecimal hours,
                            Money gross, String description) {
}
