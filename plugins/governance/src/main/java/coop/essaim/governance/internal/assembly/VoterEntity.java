package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table GOV_VOTER: who voted on a resolution; their choice only when the ballot is not secret. */
@Entity(name = "GovernanceVoter")
@Table(name = "GOV_VOTER")
public class VoterEntity {

    @Id
    @SequenceGenerator(name = "GOV_VOTER_SEQ", sequenceName = "GOV_VOTER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_VOTER_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "RESOLUTION_ID", nullable = false, updatable = false)
    long resolutionId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "CHANNEL", nullable = false, updatable = false, length = 6)
    String channel;
    @Column(name = "CHOICE", updatable = false, length = 7)
    String choice;

    protected VoterEntity() {
    }
}
