package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table GOV_COLLEGE: a college of a general assembly body; its weight may change (who and when kept, the audit trail has each change). */
@Entity(name = "GovernanceCollege")
@Table(name = "GOV_COLLEGE")
public class CollegeEntity {

    @Id
    @SequenceGenerator(name = "GOV_COLLEGE_SEQ", sequenceName = "GOV_COLLEGE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_COLLEGE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "BODY_ID", nullable = false, updatable = false)
    long bodyId;
    @Column(name = "NAME", nullable = false, updatable = false, length = 100)
    String name;
    @Column(name = "WEIGHT", nullable = false)
    int weight;
    @Column(name = "CHANGED_AT", nullable = false)
    LocalDateTime changedAt;
    @Column(name = "CHANGED_BY", nullable = false, length = 40)
    String changedBy;

    protected CollegeEntity() {
    }
}
