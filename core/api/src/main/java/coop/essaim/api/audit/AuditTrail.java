package coop.essaim.api.audit;

import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Service: the append-only record of who did what. Modules record their significant actions
 * (validations, grants, exports); entries are never updated or deleted.
 */
public interface AuditTrail {

    /** {@code action} is {@code <module>.<verb>}, {@code target} identifies the record (for example {@code invoice:42}). */
    void record(UserContext actor, String action, String target, String detail);

    /** Most recent first; needs {@code core.audit.view}. */
    List<AuditEntry> recent(UserContext actor, int limit);
}
