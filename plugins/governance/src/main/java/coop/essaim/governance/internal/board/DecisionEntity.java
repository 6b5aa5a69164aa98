package coop.essaim.governance.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Table GOV_DECISION: a decision on an agenda item with its counts, never changed: a correction is a new row whose
 * SUPERSEDES_ID names the one it replaces.
 */
@Entity(name = "GovernanceDecision")
@Table(name = "GOV_DECISION")
public class DecisionEntity {

    @Id
    @SequenceGenerator(name = "GOV_DECISION_SEQ", sequenceName = "GOV_DECISION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_DECISION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    long meetingId;
    @Column(name = "ITEM_ID", nullable = false, updatable = false)
    long itemId;
    @Column(name = "TEXT", nullable = false, updatable = false, length = 4000)
    String text;
    @Column(name = "VOTES_FOR", nullable = false, updatable = false)
    int votesFor;
    @Column(name = "VOTES_AGAINST", nullable = false, updatable = false)
    int votesAgainst;
    @Column(name = "ABSTENTIONS", nullable = false, updatable = false)
    int abstentions;
    @Column(name = "ADOPTED", nullable = false, updatable = false)
    boolean adopted;
    @Column(name = "SUPERSEDES_ID", updatable = false)
    Long supersedesId;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected DecisionEntity() {
    }
}
