package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table GOV_COLLEGE_MEMBER: the one college of a body an associate belongs to. */
@Entity(name = "GovernanceCollegeMember")
@Table(name = "GOV_COLLEGE_MEMBER")
public class CollegeMemberEntity {

    @Id
    @SequenceGenerator(name = "GOV_COLLEGE_MEMBER_SEQ", sequenceName = "GOV_COLLEGE_MEMBER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_COLLEGE_MEMBER_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "BODY_ID", nullable = false, updatable = false)
    long bodyId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "COLLEGE_ID", nullable = false)
    long collegeId;
    @Column(name = "CHANGED_AT", nullable = false)
    LocalDateTime changedAt;
    @Column(name = "CHANGED_BY", nullable = false, length = 40)
    String changedBy;

    protected CollegeMemberEntity() {
    }
}
