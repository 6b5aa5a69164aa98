package coop.essaim.governance.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table GOV_MEETING_CONVOKED: a member a sending convened, mailed or not (no address); rows are only added. */
@Entity(name = "GovernanceMeetingConvoked")
@Table(name = "GOV_MEETING_CONVOKED")
public class MeetingConvokedEntity {

    @Id
    @SequenceGenerator(name = "GOV_MEETING_CONVOKED_SEQ", sequenceName = "GOV_MEETING_CONVOKED_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_MEETING_CONVOKED_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "CONVOCATION_ID", nullable = false, updatable = false)
    long convocationId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "MAILED", nullable = false, updatable = false)
    boolean mailed;

    protected MeetingConvokedEntity() {
    }

    MeetingConvokedEntity(long cooperativeId, long convocationId, long personId, boolean mailed) {
        this.cooperativeId = cooperativeId;
        this.convocationId = convocationId;
        this.personId = personId;
        this.mailed = mailed;
    }
}
