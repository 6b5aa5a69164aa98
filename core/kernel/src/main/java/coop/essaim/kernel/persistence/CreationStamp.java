package coop.essaim.kernel.persistence;

import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Who wrote a row and when: the CREATED_AT and CREATED_BY columns of the core tables, in UTC. Never updated
 * once written; an immutable value, so an entity changes it only by holding a new one.
 */
@Embeddable
public class CreationStamp {

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected CreationStamp() {
        // for JPA
    }

    public CreationStamp(Instant at, String by) {
        this.createdAt = Timestamps.toColumn(at);
        this.createdBy = by;
    }

    public Instant at() {
        return Timestamps.fromColumn(createdAt);
    }

    /** The login of who wrote the row. */
    public String by() {
        return createdBy;
    }
}
