package coop.essaim.invoicing.internal.row;

import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The columns every changeable row of one activity carries: its cooperative and activity (fixed at creation), who
 * created and last changed it and when, and the row version that refuses a lost update.
 */
@MappedSuperclass
public abstract class ActivityRow {

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    private String updatedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected ActivityRow() {
        // for JPA
    }

    protected ActivityRow(long cooperativeId, long activityId, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
        touch(login, now);
    }

    /** Records who changed the row last, and when. */
    protected final void touch(String login, Instant now) {
        this.updatedAt = Audit.column(now);
        this.updatedBy = login;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public long getActivityId() {
        return activityId;
    }

    protected String createdBy() {
        return createdBy;
    }
}
