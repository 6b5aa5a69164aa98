package coop.essaim.kernel.security;

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
 * Table ROLE_PERMISSION: one decision about a permission for a role in a cooperative (a default grant when
 * the module started, or an administrator's grant or revocation). Never updated: the latest decision per
 * (cooperative, role, code) is in force, and its existence is what stops a restarted module from granting
 * its defaults again.
 */
@Entity(name = "RolePermission")
@Table(name = "ROLE_PERMISSION")
public class RolePermissionEntity {

    @Id
    @SequenceGenerator(name = "ROLE_PERMISSION_SEQ", sequenceName = "ROLE_PERMISSION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ROLE_PERMISSION_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ROLE_NAME", nullable = false, updatable = false, length = 40)
    private String role;

    @Column(name = "PERMISSION_CODE", nullable = false, updatable = false, length = 120)
    private String code;

    @Column(name = "GRANTED", nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "DECIDED_BY", nullable = false, updatable = false, length = 40)
    private String decidedBy;

    @Column(name = "DECIDED_AT", nullable = false, updatable = false)
    private LocalDateTime decidedAt;

    protected RolePermissionEntity() {
        // for JPA
    }

    RolePermissionEntity(long cooperativeId, String role, String code, boolean granted, String decidedBy,
                         Instant decidedAt) {
        this.cooperativeId = cooperativeId;
        this.role = role;
        this.code = code;
        this.granted = granted;
        this.decidedBy = decidedBy;
        this.decidedAt = Timestamps.toColumn(decidedAt);
    }

    String getRole() {
        return role;
    }

    String getCode() {
        return code;
    }

    boolean isGranted() {
        return granted;
    }
}
