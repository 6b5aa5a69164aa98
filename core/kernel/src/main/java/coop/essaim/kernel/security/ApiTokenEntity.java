package coop.essaim.kernel.security;

import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.persistence.CreationStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

/** Table API_TOKEN: a bearer token, known only by the SHA-256 (hex) of its text. */
@Entity(name = "ApiToken")
@Table(name = "API_TOKEN")
public class ApiTokenEntity {

    @Id
    @SequenceGenerator(name = "API_TOKEN_SEQ", sequenceName = "API_TOKEN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "API_TOKEN_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "USER_ID", nullable = false, updatable = false)
    private long userId;

    @Column(name = "TOKEN_HASH", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Embedded
    private CreationStamp created;

    @Column(name = "EXPIRES_AT", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "REVOKED_AT")
    private LocalDateTime revokedAt;

    protected ApiTokenEntity() {
        // for JPA
    }

    ApiTokenEntity(long cooperativeId, long userId, String tokenHash, Instant now, String createdBy, Instant expiresAt) {
        this.cooperativeId = cooperativeId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.created = new CreationStamp(now, createdBy);
        this.expiresAt = Timestamps.toColumn(expiresAt);
    }

    long getCooperativeId() {
        return cooperativeId;
    }

    long getUserId() {
        return userId;
    }

    /** Usable at {@code now}: not revoked and not yet expired. */
    boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(Timestamps.fromColumn(expiresAt));
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        this.revokedAt = Timestamps.toColumn(now);
    }
}
