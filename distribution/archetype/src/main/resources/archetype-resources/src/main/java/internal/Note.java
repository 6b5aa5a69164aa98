#set( $tablePrefix = $pluginId.toUpperCase().replace("-", "_") )
package ${package}.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A note of a cooperative. Like every business record, it belongs to one cooperative; it is never edited. */
@Entity
@Table(name = "${tablePrefix}_NOTE")
public class Note {

    public static final int MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false)
    private long cooperativeId;

    @Column(name = "BODY", nullable = false, length = MAX_LENGTH)
    private String body;

    /** UTC wall-clock time, to the microsecond (what PostgreSQL keeps), as the core stores its timestamps. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 40)
    private String createdBy;

    protected Note() {
        // for JPA
    }

    public Note(long cooperativeId, String body, Instant createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.body = body;
        this.createdAt = LocalDateTime.ofInstant(createdAt.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
