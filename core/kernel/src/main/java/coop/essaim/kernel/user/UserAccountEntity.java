package coop.essaim.kernel.user;

import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.persistence.AuditStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDateTime;

/** Table USER_ACCOUNT: a person who can log in. The login is unique in the whole installation. */
@Entity(name = "UserAccount")
@Table(name = "USER_ACCOUNT")
public class UserAccountEntity {

    @Id
    @SequenceGenerator(name = "USER_ACCOUNT_SEQ", sequenceName = "USER_ACCOUNT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "USER_ACCOUNT_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    // changed only when the person's file is anonymised (see anonymise)
    @Column(name = "LOGIN", nullable = false, length = 40)
    private String login;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 120)
    private String displayName;

    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;

    @Column(name = "LOCALE", nullable = false, length = 10)
    private String locale;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "LAST_LOGIN_AT")
    private LocalDateTime lastLoginAt;

    @Embedded
    private AuditStamp stamp;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected UserAccountEntity() {
        // for JPA
    }

    public UserAccountEntity(long cooperativeId, String login, String displayName, String email, String locale,
                             String passwordHash, Instant now, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.login = login;
        this.displayName = displayName;
        this.email = email;
        this.locale = locale;
        this.passwordHash = passwordHash;
        this.active = true;
        this.stamp = AuditStamp.created(now, createdBy);
    }

    public Long getId() {
        return id;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getLocale() {
        return locale;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return stamp.createdAt();
    }

    public Instant getLastLoginAt() {
        return Timestamps.fromColumn(lastLoginAt);
    }

    public void changePasswordHash(String newHash, Instant now, String by) {
        this.passwordHash = newHash;
        touched(now, by);
    }

    public void deactivate(Instant now, String by) {
        this.active = false;
        touched(now, by);
    }

    /**
     * The login of a person whose file was anonymised: it is closed for good (no password matches "!") and
     * keeps no name or address, only {@code mark} as its login and name.
     */
    public void anonymise(String mark, Instant now, String by) {
        this.login = mark;
        this.displayName = mark;
        // the column is required; .invalid is reserved (RFC 2606) and never delivers
        this.email = mark + "@anonymised.invalid";
        this.passwordHash = "!";
        this.active = false;
        touched(now, by);
    }

    /** Not an audit change of the account itself: UPDATED_* stay as they were. */
    public void touched(Instant now, String by) {
        this.stamp = stamp.touched(now, by);
    }
}
