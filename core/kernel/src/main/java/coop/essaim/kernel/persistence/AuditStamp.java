package coop.essaim.kernel.persistence;

import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The audit columns of a core table whose rows change: CREATED_AT/CREATED_BY, then UPDATED_AT/UPDATED_BY of
 * the last change (equal to the creation until then), in UTC. Immutable: {@link #touched} returns the new
 * stamp, which the entity stores in place of the old one, so the change is always seen and written.
 */
@Embeddable
public class AuditStamp {

    @Embedded
    private CreationStamp created;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    private String updatedBy;

    protected AuditStamp() {
        // for JPA
    }

    private AuditStamp(CreationStamp created, Instant updatedAt, String updatedBy) {
        this.created = created;
        this.updatedAt = Timestamps.toColumn(updatedAt);
        this.updatedBy = updatedBy;
    }

    /** The stamp of a new row: created and last changed at {@code now} by {@code by}. */
    public static AuditStamp created(Instant now, String by) {
        return new AuditStamp(new CreationStamp(now, by), now, by);
    }

    /** The same creation, last changed at {@code now} by {@code by}. */
    public AuditStamp touched(Instant now, String by) {
        return new AuditStamp(created, now, by);
    }

    public Instant createdAt() {
        return created.at();
    }
}
