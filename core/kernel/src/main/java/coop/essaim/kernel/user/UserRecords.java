package coop.essaim.kernel.user;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserAccount;
import coop.essaim.kernel.cooperative.KernelMessages;
import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.security.PermissionGrants;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes of USER_ACCOUNT and USER_ROLE inside a caller's transaction, shared by the user
 * directory, authentication, first-run setup and the demo. No permission checks here: callers do them.
 */
public final class UserRecords {

    private final PermissionGrants grants;

    public UserRecords(PermissionGrants grants) {
        this.grants = grants;
    }

    /** Inserts a validated account with its roles; the login must already be known to be free. */
    public UserAccountEntity insert(EntityManager em, long cooperativeId, String login, String displayName,
                                    String email, String locale, Collection<String> roles, String passwordHash,
                                    Instant now, String createdBy) {
        UserAccountEntity user = new UserAccountEntity(cooperativeId, login, displayName.strip(), email.strip(),
                locale, passwordHash, now, createdBy);
        em.persist(user);
        // no relationship is mapped, so EclipseLink cannot know the role rows' foreign key needs this row first
        em.flush();
        for (String role : new TreeSet<>(roles)) {
            em.persist(new UserRoleEntity(cooperativeId, user.getId(), role, now, createdBy));
        }
        return user;
    }

    public Optional<UserAccountEntity> byLogin(EntityManager em, String login) {
        return em.createQuery("select u from UserAccount u where u.login = :login", UserAccountEntity.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    /**
     * Records a login as one UPDATE that leaves the row's version alone: a login is a fact about the account, not
     * an edit of it, so two logins of one account at once (two devices, an integration taking tokens) must not
     * conflict as two edits would (the second failed with an optimistic lock error, a server error to the user).
     */
    public void recordLogin(EntityManager em, long userId, Instant at) {
        em.createQuery("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
                .setParameter("at", Timestamps.toColumn(at)).setParameter("id", userId).executeUpdate();
    }

    public boolean loginTaken(EntityManager em, String login) {
        return em.createQuery("select count(u) from UserAccount u where u.login = :login", Long.class)
                .setParameter("login", login).getSingleResult() > 0;
    }

    public Set<String> roles(EntityManager em, UserAccountEntity user) {
        return new TreeSet<>(em.createQuery("select r.role from UserRole r where r.userId = :user"
                        + " and r.cooperativeId = :coop", String.class)
                .setParameter("user", user.getId()).setParameter("coop", user.getCooperativeId()).getResultList());
    }

    public List<UserRoleEntity> roleRows(EntityManager em, UserAccountEntity user) {
        return em.createQuery("select r from UserRole r where r.userId = :user and r.cooperativeId = :coop",
                        UserRoleEntity.class)
                .setParameter("user", user.getId()).setParameter("coop", user.getCooperativeId()).getResultList();
    }

    /** Active administrators of the cooperative other than {@code exceptUserId}. */
    public long otherActiveAdministrators(EntityManager em, long cooperativeId, long exceptUserId) {
        return em.createQuery("select count(u) from UserAccount u, UserRole r where r.userId = u.id"
                        + " and r.cooperativeId = :coop and u.cooperativeId = :coop and r.role = :role"
                        + " and u.active = true and u.id <> :except", Long.class)
                .setParameter("coop", cooperativeId).setParameter("role", CoreRoles.ADMINISTRATOR)
                .setParameter("except", exceptUserId).getSingleResult();
    }

    public UserAccount toRecord(EntityManager em, UserAccountEntity u) {
        return new UserAccount(u.getId(), u.getCooperativeId(), u.getLogin(), u.getDisplayName(), u.getEmail(),
                u.getLocale(), roles(em, u), u.isActive(), u.getCreatedAt());
    }

    /** The user's roles and, when the account is active, the permissions granted to those roles. */
    public UserContext context(EntityManager em, UserAccountEntity u) {
        Set<String> roles = roles(em, u);
        Set<String> permissions = u.isActive() ? grants.grantedCodes(em, u.getCooperativeId(), roles) : Set.of();
        return new UserContext(u.getId(), u.getLogin(), u.getDisplayName(), u.getCooperativeId(), roles,
                permissions, KernelMessages.localeOf(u.getLocale()));
    }
}
