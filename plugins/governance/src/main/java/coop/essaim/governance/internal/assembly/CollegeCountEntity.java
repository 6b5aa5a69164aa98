package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table GOV_COLLEGE_COUNT: the votes of one choice of one college on a resolution, the college as it was when the vote opened; nothing in it names a voter. */
@Entity(name = "GovernanceCollegeCount")
@Table(name = "GOV_COLLEGE_COUNT")
public class CollegeCountEntity {

    @Id
    @SequenceGenerator(name = "GOV_COLLEGE_COUNT_SEQ", sequenceName = "GOV_COLLEGE_COUNT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_COLLEGE_COUNT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "RESOLUTION_ID", nullable = false, updatable = false)
    long resolutionId;
    @Column(name = "COLLEGE_ID", nullable = false, updatable = false)
    long collegeId;
    @Column(name = "NAME", nullable = false, updatable = false, length = 100)
    String name;
    @Column(name = "WEIGHT", nullable = false, updatable = false)
    int weight;
    @Column(name = "CHOICE", nullable = false, updatable = false, length = 10)
    String choice;
    @Column(name = "VOTES", nullable = false)
    int votes;

    protected CollegeCountEntity() {
    }
}
