package coop.essaim.accompaniment.internal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** Table ACC_CALENDAR_FEED: an adviser's feed token, by its hash; revoked, never deleted. */
@Entity(name = "AccompanimentCalendarFeed")
@Table(name = "ACC_CALENDAR_FEED")
public class CalendarFeedEntity {

    @Id
    @SequenceGenerator(name = "ACC_CALENDAR_FEED_SEQ", sequenceName = "ACC_CALENDAR_FEED_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACC_CALENDAR_FEED_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "USER_ID", nullable = false, updatable = false)
    long userId;
    @Column(name = "TOKEN_HASH", nullable = false, updatable = false, length = 64)
    String tokenHash;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Column(name = "REVOKED_AT")
    LocalDateTime revokedAt;
    @Column(name = "REVOKED_BY", length = 40)
    String revokedBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected CalendarFeedEntity() {
    }

    CalendarFeedEntity(long cooperativeId, long userId, String tokenHash, LocalDateTime now, String login) {
        this.cooperativeId = cooperativeId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.createdBy = login;
    }

    void revoke(LocalDateTime now, String login) {
        revokedAt = now;
        revokedBy = login;
    }
}
