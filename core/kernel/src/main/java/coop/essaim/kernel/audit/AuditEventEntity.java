package coop.essaim.kernel.audit;

import coop.essaim.api.audit.AuditEntry;
import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Table AUDIT_EVENT, append-only: no setter, and every column is {@code updatable = false} so even a managed
 * instance changed by mistake is never written back.
 */
@Entity(name = "AuditEvent")
@Table(name = "AUDIT_EVENT")
public class AuditEventEntity {

    @Id
    @SequenceGenerator(name = "AUDIT_EVENT_SEQ", sequenceName = "AUDIT_EVENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_EVENT_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "COOPERATIVE_ID", updatable = false)
    private Long cooperativeId;

    @Column(name = "USER_ID", updatable = false)
    private Long userId;

    @Column(name = "LOGIN", updatable = false, length = 100)
    private String login;

    @Column(name = "ACTION_CODE", nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "TARGET", updatable = false, length = 200)
    private String target;

    @Column(name = "DETAIL", updatable = false, length = 2000)
    private String detail;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected AuditEventEntity() {
        // for JPA
    }

    AuditEventEntity(Long cooperativeId, Long userId, String login, String action, String target, String detail,
                     Instant occurredAt) {
        this.cooperativeId = cooperativeId;
        this.userId = userId;
        this.login = login;
        this.action = action;
        this.target = target;
        this.detail = detail;
        this.occurredAt = Timestamps.toColumn(occurredAt);
    }

    AuditEntry toRecord() {
        return new AuditEntry(id, cooperativeId, userId, login, action, target, detail,
                Timestamps.fromColumn(occurredAt));
    }
}
