package coop.essaim.governance.api;

import java.math.BigDecimal;

/** An employee who shares the participation, and their base: gross salary, hours, or anything when shared equally. */
public record ParticipantBase(long personId, BigDecimal base) {
}
