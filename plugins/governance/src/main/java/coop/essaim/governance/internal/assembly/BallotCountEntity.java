package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table GOV_BALLOT_COUNT: the votes of one choice on a resolution; nothing in it names a voter. */
@Entity(name = "GovernanceBallotCount")
@Table(name = "GOV_BALLOT_COUNT")
public class BallotCountEntity {

    @Id
    @SequenceGenerator(name = "GOV_BALLOT_COUNT_SEQ", sequenceName = "GOV_BALLOT_COUNT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_BALLOT_COUNT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "RESOLUTION_ID", nullable = false, updatable = false)
    long resolutionId;
    @Column(name = "CHOICE", nullable = false, updatable = false, length = 7)
    String choice;
    @Column(name = "VOTES", nullable = false)
    int votes;

    protected BallotCountEntity() {
    }
}
