package coop.essaim.api.audit;

import java.time.Instant;

/** One line of the audit trail: who did what, when, in which cooperative, on which record. */
public record AuditEntry(long id, Long cooperativeId, Long userId, String login, String action,
                         String target, String detail, Instant at) {
}
