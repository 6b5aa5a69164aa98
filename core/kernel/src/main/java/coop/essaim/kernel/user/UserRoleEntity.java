package coop.essaim.kernel.user;

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

/** Table USER_ROLE: a role a user holds in a cooperative. Role changes are traced in the audit trail. */
@Entity(name = "UserRole")
@Table(name = "USER_ROLE")
public class UserRoleEntity {

    @Id
    @SequenceGenerator(name = "USER_ROLE_SEQ", sequenceName = "USER_ROLE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "USER_ROLE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "USER_ID", nullable = false, updatable = false)
    private long userId;

    @Column(name = "ROLE_NAME", nullable = false, updatable = false, length = 40)
    private String role;

    @Embedded
    private CreationStamp created;

    protected UserRoleEntity() {
        // for JPA
    }

    public UserRoleEntity(long cooperativeId, long userId, String role, Instant now, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.userId = userId;
        this.role = role;
        this.created = new CreationStamp(now, createdBy);
    }

    public long getUserId() {
        return userId;
    }

    public String getRole() {
        return role;
    }
}
