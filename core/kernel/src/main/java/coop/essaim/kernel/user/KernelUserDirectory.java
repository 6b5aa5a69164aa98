package coop.essaim.kernel.user;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserAccount;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.kernel.security.PasswordHasher;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The users of a cooperative and their management. Every operation checks on the server that the actor
 * holds {@code core.users.manage} and that the user concerned belongs to the actor's cooperative. Without
 * that permission a user sees only their own account. Two rules keep a cooperative administrable: nobody
 * deactivates themselves, and the last active administrator can neither lose that role nor be deactivated.
 */
public final class KernelUserDirectory implements UserDirectory {

    private final ModuleStore store;
    private final UserRecords records;
    private final KernelAuditTrail audit;
    private final DomainEvents events;
    private final PasswordHasher hasher;
    private final Supplier<List<String>> languages;
    private final Clock clock;

    public KernelUserDirectory(ModuleStore store, UserRecords records, KernelAuditTrail audit, DomainEvents events,
                               PasswordHasher hasher, Supplier<List<String>> languages, Clock clock) {
        this.store = store;
        this.languages = languages;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public List<UserAccount> users(UserContext actor) {
        if (!actor.can(CorePermissions.USERS_MANAGE)) {
            return find(actor, actor.userId()).map(List::of).orElse(List.of());
        }
        return store.read(em -> em.createQuery("select u from UserAccount u where u.cooperativeId = :coop"
                        + " order by u.displayName, u.login", UserAccountEntity.class)
                .setParameter("coop", actor.cooperativeId()).getResultList().stream()
                .map(u -> records.toRecord(em, u)).toList());
    }

    @Override
    public Optional<UserAccount> find(UserContext actor, long userId) {
        if (userId != actor.userId() && !actor.can(CorePermissions.USERS_MANAGE)) {
            return Optional.empty();
        }
        return store.read(em -> Optional.ofNullable(em.find(UserAccountEntity.class, userId))
                .filter(u -> u.getCooperativeId() == actor.cooperativeId())
                .map(u -> records.toRecord(em, u)));
    }

    @Override
    public UserContext contextOf(long userId) {
        return store.read(em -> {
            UserAccountEntity u = em.find(UserAccountEntity.class, userId);
            if (u == null) {
                throw new IllegalArgumentException("no user with id " + userId);
            }
            return records.context(em, u);
        });
    }

    /** Creates an account in the actor's cooperative. {@code login} is normalised to lower case. */
    public UserAccount createUser(UserContext actor, String login, String displayName, String email, String locale,
                                  Set<String> roles, char[] password) {
        actor.require(CorePermissions.USERS_MANAGE);
        String normalised = login == null ? null : login.strip().toLowerCase(java.util.Locale.ROOT);
        FieldErrors errors = new FieldErrors(actor.locale());
        UserRules.checkLogin(normalised, errors);
        UserRules.checkProfile(displayName, email, errors);
        UserRules.checkLocale(locale, languages.get(), errors);
        UserRules.checkRoles(roles, errors);
        UserRules.checkPassword("password", password, errors);
        if (!errors.has("login") && store.read(em -> records.loginTaken(em, normalised))) {
            errors.add("login", "user.login.taken");
        }
        errors.throwIfAny();
        String hash = hasher.hash(password); // slow: outside the transaction
        Instant now = clock.instant();
        UserAccount created = store.inTransaction(em -> {
            UserAccountEntity u = records.insert(em, actor.cooperativeId(), normalised, displayName, email, locale,
                    roles, hash, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.user.created",
                    "user:" + u.getId(), "login=" + normalised + " roles=" + new TreeSet<>(roles));
            return records.toRecord(em, u);
        });
        publish("core.user.created", actor, created.id(), now);
        return created;
    }

    /** Replaces the user's roles. */
    public UserAccount setRoles(UserContext actor, long userId, Set<String> roles) {
        actor.require(CorePermissions.USERS_MANAGE);
        FieldErrors errors = new FieldErrors(actor.locale());
        UserRules.checkRoles(roles, errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        UserAccount changed = store.inTransaction(em -> {
            UserAccountEntity u = target(em, actor, userId);
            Set<String> before = records.roles(em, u);
            if (before.contains(CoreRoles.ADMINISTRATOR) && !roles.contains(CoreRoles.ADMINISTRATOR) && u.isActive()
                    && records.otherActiveAdministrators(em, u.getCooperativeId(), u.getId()) == 0) {
                throw FieldErrors.single(actor.locale(), "roles", "user.lastAdministrator");
            }
            for (UserRoleEntity row : records.roleRows(em, u)) {
                if (!roles.contains(row.getRole())) {
                    em.remove(row);
                }
            }
            for (String role : new TreeSet<>(roles)) {
                if (!before.contains(role)) {
                    em.persist(new UserRoleEntity(u.getCooperativeId(), u.getId(), role, now, actor.login()));
                }
            }
            u.touched(now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.user.roles",
                    "user:" + u.getId(), before + " -> " + new TreeSet<>(roles));
            em.flush();
            return records.toRecord(em, u);
        });
        publish("core.user.roles.changed", actor, userId, now);
        return changed;
    }

    /** Deactivates an account: it can no longer log in nor use its tokens. Nothing is deleted. */
    public void deactivate(UserContext actor, long userId) {
        actor.require(CorePermissions.USERS_MANAGE);
        if (userId == actor.userId()) {
            throw FieldErrors.single(actor.locale(), "user", "user.deactivateSelf");
        }
        Instant now = clock.instant();
        store.run(em -> {
            UserAccountEntity u = target(em, actor, userId);
            if (!u.isActive()) {
                return;
            }
            if (records.roles(em, u).contains(CoreRoles.ADMINISTRATOR)
                    && records.otherActiveAdministrators(em, u.getCooperativeId(), u.getId()) == 0) {
                throw FieldErrors.single(actor.locale(), "user", "user.lastAdministrator");
            }
            u.deactivate(now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.user.deactivated",
                    "user:" + u.getId(), u.getLogin());
        });
        publish("core.user.deactivated", actor, userId, now);
    }

    /** An administrator sets another user's password (for example after the user forgot it). */
    public void changePassword(UserContext actor, long userId, char[] newPassword) {
        actor.require(CorePermissions.USERS_MANAGE);
        FieldErrors errors = new FieldErrors(actor.locale());
        UserRules.checkPassword("password", newPassword, errors);
        errors.throwIfAny();
        storePassword(actor, userId, hasher.hash(newPassword));
    }

    /** Any user changes their own password by giving the current one. */
    public void changeOwnPassword(UserContext actor, char[] currentPassword, char[] newPassword) {
        FieldErrors errors = new FieldErrors(actor.locale());
        String currentHash = store.read(em -> em.find(UserAccountEntity.class, actor.userId()).getPasswordHash());
        if (!hasher.matches(currentHash, currentPassword)) {
            errors.add("currentPassword", "user.password.wrong");
        }
        UserRules.checkPassword("password", newPassword, errors);
        errors.throwIfAny();
        storePassword(actor, actor.userId(), hasher.hash(newPassword));
    }

    private void storePassword(UserContext actor, long userId, String hash) {
        Instant now = clock.instant();
        store.run(em -> {
            UserAccountEntity u = target(em, actor, userId);
            u.changePasswordHash(hash, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.user.password",
                    "user:" + u.getId(), null);
        });
    }

    /** The user concerned, who must exist and belong to the actor's cooperative. */
    private UserAccountEntity target(EntityManager em, UserContext actor, long userId) {
        UserAccountEntity u = em.find(UserAccountEntity.class, userId);
        if (u == null) {
            throw FieldErrors.single(actor.locale(), "user", "user.notFound");
        }
        if (u.getCooperativeId() != actor.cooperativeId()) {
            throw new AccessDeniedException(CorePermissions.USERS_MANAGE);
        }
        return u;
    }

    private void publish(String type, UserContext actor, long userId, Instant now) {
        events.publish(new DomainEvent(type, actor.cooperativeId(), actor.userId(), now,
                Map.of("userId", Long.toString(userId))));
    }
}
