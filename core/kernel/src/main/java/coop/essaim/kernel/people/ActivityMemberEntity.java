package coop.essaim.kernel.people;

import coop.essaim.api.people.ActivityMember;
import coop.essaim.kernel.persistence.AuditStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Table ACTIVITY_MEMBER: a person's membership of an activity. LEFT_ON is written once, when they leave; the
 * row stays, so the membership history is complete, and a person who comes back gets a new row.
 */
@Entity(name = "ActivityMember")
@Table(name = "ACTIVITY_MEMBER")
public class ActivityMemberEntity {

    @Id
    @SequenceGenerator(name = "ACTIVITY_MEMBER_SEQ", sequenceName = "ACTIVITY_MEMBER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACTIVITY_MEMBER_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    private long personId;

    @Column(name = "JOINED_ON", nullable = false, updatable = false)
    private LocalDate joinedOn;

    @Column(name = "LEFT_ON")
    private LocalDate leftOn;

    @Embedded
    private AuditStamp stamp;

    protected ActivityMemberEntity() {
        // for JPA
    }

    public ActivityMemberEntity(long cooperativeId, long activityId, long personId, LocalDate joinedOn, Instant now,
                                String by) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.personId = personId;
        this.joinedOn = joinedOn;
        this.stamp = AuditStamp.created(now, by);
    }

    public void leave(LocalDate on, Instant now, String by) {
        this.leftOn = on;
        this.stamp = stamp.touched(now, by);
    }

    public long getActivityId() {
        return activityId;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public ActivityMember toRecord() {
        return new ActivityMember(personId, joinedOn, leftOn);
    }
}
