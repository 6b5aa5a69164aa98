package coop.essaim.kernel.user;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserAccount;
import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static coop.essaim.kernel.servicetesting.CoreFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelUserDirectoryTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();
    KernelUserDirectory users;

    @BeforeEach
    void services() {
        users = f.core.users();
    }

    @Test
    void anAdministratorCreatesAUserWhoCanLogIn() {
        List<DomainEvent> heard = new CopyOnWriteArrayList<>();
        f.registry.add("people", DomainEventListener.class, new DomainEventListener() {
            public Set<String> types() {
                return Set.of("core.user.*");
            }

            public void on(DomainEvent event) {
                heard.add(event);
            }
        });

        UserAccount jeanne = users.createUser(f.admin, " Jeanne ", "Jeanne Dupuis", "jeanne@oxalis.example", "fr",
                Set.of(CoreRoles.ENTREPRENEUR), PASSWORD.toCharArray());

        assertEquals("jeanne", jeanne.login());
        assertEquals(f.admin.cooperativeId(), jeanne.cooperativeId());
        assertEquals(Set.of(CoreRoles.ENTREPRENEUR), jeanne.roles());
        assertTrue(jeanne.active());
        assertEquals(jeanne, users.find(f.admin, jeanne.id()).orElseThrow());
        assertTrue(f.core.authentication().login("jeanne", PASSWORD.toCharArray(), null).ok());
        assertEquals("core.user.created", heard.get(0).type());
        assertEquals(Long.toString(jeanne.id()), heard.get(0).data().get("userId"));
        assertTrue(f.core.audit().recent(f.admin, 10).stream()
                .anyMatch(a -> a.action().equals("core.user.created") && a.target().equals("user:" + jeanne.id())));
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheActorsLanguage() {
        ValidationException e = assertThrows(ValidationException.class, () -> users.createUser(f.admin, "J", "",
                "jeanne", "de", Set.of("tailor"), "short".toCharArray()));

        assertEquals(List.of("login", "displayName", "email", "locale", "roles", "password"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals("Ce champ est obligatoire.", e.errors().get(1).message());
        assertEquals("12 caractères au moins.", e.errors().get(5).message());
        assertEquals(1, f.rows("USER_ACCOUNT"));
    }

    @Test
    void aLoginIsUniqueInTheWholeInstallation() {
        UserContext other = f.otherCooperative();
        users.createUser(f.admin, "jeanne", "Jeanne", "j@oxalis.example", "fr", Set.of(CoreRoles.ENTREPRENEUR),
                PASSWORD.toCharArray());

        ValidationException e = assertThrows(ValidationException.class, () -> users.createUser(other, "jeanne",
                "Jeanne B", "j@autre.example", "en", Set.of(CoreRoles.ENTREPRENEUR), PASSWORD.toCharArray()));

        assertEquals("login", e.errors().get(0).field());
        assertEquals("This login is already used in this installation.", e.errors().get(0).message());
    }

    @Test
    void anEntrepreneurCannotManageUsers() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);

        assertDenied(() -> users.createUser(jeanne, "paul", "Paul", "paul@oxalis.example", "fr",
                Set.of(CoreRoles.ADMINISTRATOR), PASSWORD.toCharArray()));
        assertDenied(() -> users.setRoles(jeanne, jeanne.userId(), Set.of(CoreRoles.ADMINISTRATOR)));
        assertDenied(() -> users.deactivate(jeanne, f.admin.userId()));
        assertDenied(() -> users.changePassword(jeanne, f.admin.userId(), "a-new-password-1".toCharArray()));
        assertEquals(Set.of(CoreRoles.ENTREPRENEUR), users.contextOf(jeanne.userId()).roles());
        assertEquals(List.of(jeanne.userId()), users.users(jeanne).stream().map(UserAccount::id).toList());
        assertTrue(users.find(jeanne, f.admin.userId()).isEmpty());
    }

    @Test
    void anAdministratorOfAnotherCooperativeCannotTouchThisOnesUsers() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        UserContext other = f.otherCooperative();

        assertDenied(() -> users.setRoles(other, jeanne.userId(), Set.of(CoreRoles.ADMINISTRATOR)));
        assertDenied(() -> users.deactivate(other, jeanne.userId()));
        assertDenied(() -> users.changePassword(other, jeanne.userId(), "a-new-password-1".toCharArray()));
        assertTrue(users.find(other, jeanne.userId()).isEmpty());
        assertEquals(List.of("other-admin"), users.users(other).stream().map(UserAccount::login).toList());
        assertTrue(users.contextOf(jeanne.userId()).roles().equals(Set.of(CoreRoles.ENTREPRENEUR)));
    }

    @Test
    void rolesAreReplacedAndTheirPermissionsFollow() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);

        UserAccount changed = users.setRoles(f.admin, jeanne.userId(),
                Set.of(CoreRoles.ACCOUNTANT, CoreRoles.ENTREPRENEUR));

        assertEquals(Set.of(CoreRoles.ACCOUNTANT, CoreRoles.ENTREPRENEUR), changed.roles());
        assertTrue(users.contextOf(jeanne.userId()).can("core.audit.view"));
        users.setRoles(f.admin, jeanne.userId(), Set.of(CoreRoles.ENTREPRENEUR));
        assertFalse(users.contextOf(jeanne.userId()).can("core.audit.view"));
    }

    @Test
    void theCooperativeKeepsAnActiveAdministrator() {
        assertEquals("user", assertThrows(ValidationException.class,
                () -> users.deactivate(f.admin, f.admin.userId())).errors().get(0).field());
        assertEquals("roles", assertThrows(ValidationException.class,
                () -> users.setRoles(f.admin, f.admin.userId(), Set.of(CoreRoles.ADVISER))).errors().get(0).field());

        UserContext second = f.user(f.admin, "paul", CoreRoles.ADMINISTRATOR);
        users.setRoles(f.admin, f.admin.userId(), Set.of(CoreRoles.ADVISER));

        assertEquals(Set.of(CoreRoles.ADVISER), users.contextOf(f.admin.userId()).roles());
        assertThrows(ValidationException.class, () -> users.deactivate(second, second.userId()));
    }

    @Test
    void deactivationKeepsTheAccountAndIsAudited() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);

        users.deactivate(f.admin, jeanne.userId());

        UserAccount after = users.find(f.admin, jeanne.userId()).orElseThrow();
        assertFalse(after.active());
        assertEquals("core.user.deactivated", f.core.audit().recent(f.admin, 1).get(0).action());
    }

    @Test
    void aChangeStampsTheUpdateColumnsAndKeepsTheCreationStamp() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        UserContext paul = f.user(f.admin, "paul", CoreRoles.ADMINISTRATOR);
        Instant created = f.clock.instant();
        f.clock.advance(Duration.ofHours(2));

        users.deactivate(paul, jeanne.userId());

        Object[] row = f.store.read(em -> (Object[]) em.createNativeQuery("SELECT CREATED_AT, CREATED_BY, UPDATED_AT,"
                + " UPDATED_BY FROM USER_ACCOUNT WHERE ID = " + jeanne.userId()).getSingleResult());
        assertEquals(created, Timestamps.fromColumn(((Timestamp) row[0]).toLocalDateTime()));
        assertEquals("marie", row[1]);
        assertEquals(f.clock.instant(), Timestamps.fromColumn(((Timestamp) row[2]).toLocalDateTime()));
        assertEquals("paul", row[3]);
    }

    @Test
    void passwordsAreChangedByAnAdministratorOrByTheirOwnerWithTheCurrentOne() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);

        users.changePassword(f.admin, jeanne.userId(), "set-by-the-admin".toCharArray());
        assertTrue(f.core.authentication().login("jeanne", "set-by-the-admin".toCharArray(), null).ok());
        assertFalse(f.core.authentication().login("jeanne", PASSWORD.toCharArray(), null).ok());

        ValidationException wrong = assertThrows(ValidationException.class,
                () -> users.changeOwnPassword(jeanne, "not-my-password".toCharArray(), "my-own-new-one".toCharArray()));
        assertEquals("currentPassword", wrong.errors().get(0).field());
        users.changeOwnPassword(jeanne, "set-by-the-admin".toCharArray(), "my-own-new-one".toCharArray());
        assertTrue(f.core.authentication().login("jeanne", "my-own-new-one".toCharArray(), null).ok());
        assertEquals("password", assertThrows(ValidationException.class,
                () -> users.changePassword(f.admin, jeanne.userId(), "short".toCharArray())).errors().get(0).field());
    }

    @Test
    void anUnknownUserIsAFieldError() {
        assertEquals("user", assertThrows(ValidationException.class,
                () -> users.deactivate(f.admin, 987_654L)).errors().get(0).field());
        assertThrows(IllegalArgumentException.class, () -> users.contextOf(987_654L));
    }

    private static void assertDenied(Executable action) {
        assertEquals("core.users.manage", assertThrows(AccessDeniedException.class, action).permission());
    }
}
