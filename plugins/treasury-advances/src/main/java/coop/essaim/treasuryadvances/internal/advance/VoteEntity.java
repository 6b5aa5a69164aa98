package coop.essaim.treasuryadvances.internal.advance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** Table TA_VOTE: a board member's vote on an advance. */
@Entity(name = "TreasuryAdvanceVote")
@Table(name = "TA_VOTE")
@IdClass(VoteEntity.Key.class)
public class VoteEntity {

    @Id
    @Column(name = "ADVANCE_ID", nullable = false, updatable = false)
    long advanceId;
    @Id
    @Column(name = "VOTER_USER_ID", nullable = false, updatable = false)
    long voterUserId;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "VOTER_NAME", nullable = false, length = 200)
    String voterName;
    @Column(name = "CHOICE", nullable = false, length = 10)
    String choice;
    @Column(name = "COMMENT_TEXT", length = 1000)
    String comment;
    @Column(name = "VOTED_AT", nullable = false)
    LocalDateTime votedAt;

    protected VoteEntity() {
    }

    VoteEntity(long advanceId, long voterUserId, long cooperativeId, String voterName) {
        this.advanceId = advanceId;
        this.voterUserId = voterUserId;
        this.cooperativeId = cooperativeId;
        this.voterName = voterName;
    }

    void cast(String newChoice, String newComment, LocalDateTime at) {
        choice = newChoice;
        comment = newComment;
        votedAt = at;
    }

    /** The composite key. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        long advanceId;
        long voterUserId;

        public Key() {
        }

        Key(long advanceId, long voterUserId) {
            this.advanceId = advanceId;
            this.voterUserId = voterUserId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.advanceId == advanceId && k.voterUserId == voterUserId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(advanceId, voterUserId);
        }
    }
}
