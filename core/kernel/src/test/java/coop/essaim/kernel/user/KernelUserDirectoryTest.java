package coop.essaim.kernel.user;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserAccount;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static coop.essaim.kernel.servicetesting.CoreFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelUserDirectoryTest {

    @TempDir
    static Path temp;
    static CoreFixture f;
    UserContext admin;
    KernelUserDirectory users;

    @BeforeAll
    static void open() {
        f = CoreFixture.open(temp);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @BeforeEach
    void reset() {
        f.reset();
        admin = f.setUpCooperative();
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

        UserAccount jeanne = users.createUser(admin, " Jeanne ", "Jeanne Dupuis", "jeanne@oxalis.example", "fr",
                Set.of(CoreRoles.ENTREPRENEUR), PASSWORD.toCharArray());

        assertEquals("jeanne", jeanne.login());
        assertEquals(admin.cooperativeId(), jeanne.cooperativeId());
        assertEquals(Set.of(CoreRoles.ENTREPRENEUR), jeanne.roles());
        assertTrue(jeanne.active());
        assertEquals(jeanne, users.find(admin, jeanne.id()).orElseThrow());
        assertTrue(f.core.authentication().login("jeanne", PASSWORD.toCharArray(), null).ok());
        assertEquals("core.user.created", heard.get(0).type());
        assertEquals(Long.toString(jeanne.id()), heard.get(0).data().get("userId"));
        assertTrue(f.core.audit().recent(admin, 10).stream()
                .anyMatch(a -> a.action().equals("core.user.created") && a.target().equals("user:" + jeanne.id())));
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheActorsLanguage() {
        ValidationException e = assertThrows(ValidationException.class, () -> users.createUser(admin, "J", "",
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
        users.createUser(admin, "jeanne", "Jeanne", "j@oxalis.example", "fr", Set.of(CoreRoles.ENTREPRENEUR),
                PASSWORD.toCharArray());

        ValidationException e = assertThrows(ValidationException.class, () -> users.createUser(other, "jeanne",
                "Jeanne B", "j@autre.example", "en", Set.of(CoreRoles.ENTREPRENEUR), PASSWORD.toCharArray()));

        assertEquals("login", e.errors().get(0).field());
        assertEquals("This login is already used in this installation.", e.errors().get(0).message());
    }

    @Test
    void anEntrepreneurCannotManageUsers() {
        UserContext jeanne = f.user(admin, "jeanne", CoreRoles.ENTREPRENEUR);

        assertDenied(() -> users.createUser(jeanne, "paul", "Paul", "paul@oxalis.example", "fr",
                Set.of(CoreRoles.ADMINISTRATOR), PASSWORD.toCharArray()));
        assertDenied(() -> users.setRoles(jeanne, jeanne.userId(), Set.of(CoreRoles.ADMINISTRATOR)));
        assertDenied(() -> users.deactivate(jeanne, admin.userId()));
        assertDenied(() -> users.changePassword(jeanne, admin.userId(), "a-new-password-1".toCharArray()));
        assertEquals(Set.of(CoreRoles.ENTREPRENEUR), users.contextOf(jeanne.userId()).roles());
        assertEquals(List.of(jeanne.userId()), users.users(jeanne).stream().map(UserAccount::id).toList());
        assertTrue(users.find(jeanne, admin.userId()).isEmpty());
    }

    @Test
    void anAdministratorOfAnotherCooperativeCannotTouchThisOnesUsers() {
        UserContext jeanne = f.user(admin, "jeanne", CoreRoles.ENTREPRENEUR);
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
        UserContext jeanne = f.user(admin, "jeanne", CoreRoles.ENTREPRENEUR);

        UserAccount changed = users.setRoles(admin, jeanne.userId(), Set.of(CoreRoles.ACCOUNTANT, CoreRoles.ENTREPRENEUR));

        assertEquals(Set.of(CoreRoles.ACCOUNTANT, CoreRoles.ENTREPRENEUR), changed.roles());
        assertTrue(users.contextOf(jeanne.userId()).can("core.audit.view"));
        users.setRoles(admin, jeanne.userId(), Set.of(CoreRoles.ENTREPRENEUR));
        assertFalse(users.contextOf(jeanne.userId()).can("core.audit.view"));
    }

    @Test
    void theCooperativeKeepsAnActiveAdministrator() {
        assertEquals("user", assertThrows(ValidationException.class,
                () -> users.deactivate(admin, admin.userId())).errors().get(0).field());
        assertEquals("roles", assertThrows(ValidationException.class,
                () -> users.setRoles(admin, admin.userId(), Set.of(CoreRoles.ADVISER))).errors().get(0).field());

        UserContext second = f.user(admin, "paul", CoreRoles.ADMINISTRATOR);
        users.setRoles(admin, admin.userId(), Set.of(CoreRoles.ADVISER));

        assertEquals(Set.of(CoreRoles.ADVISER), users.contextOf(admin.userId()).roles());
        assertThrows(ValidationException.class, () -> users.deactivate(second, second.userId()));
    }

    @Test
    void deactivationKeepsTheAccountAndIsAudited() {
        UserContext jeanne = f.user(admin, "jeanne", CoreRoles.ENTREPRENEUR);

        users.deactivate(admin, jeanne.userId());

        UserAccount after = users.find(admin, jeanne.userId()).orElseThrow();
        assertFalse(after.active());
        assertEquals("core.user.deactivated", f.core.audit().recent(admin, 1).get(0).action());
    }

    @Test
    void passwordsAreChangedByAnAdministratorOrByTheirOwnerWithTheCurrentOne() {
        UserContext jeanne = f.user(admin, "jeanne", CoreRoles.ENTREPRENEUR);

        users.changePassword(admin, jeanne.userId(), "set-by-the-admin".toCharArray());
        assertTrue(f.core.authentication().login("jeanne", "set-by-the-admin".toCharArray(), null).ok());
        assertFalse(f.core.authentication().login("jeanne", PASSWORD.toCharArray(), null).ok());

        ValidationException wrong = assertThrows(ValidationException.class,
                () -> users.changeOwnPassword(jeanne, "not-my-password".toCharArray(), "my-own-new-one".toCharArray()));
        assertEquals("currentPassword", wrong.errors().get(0).field());
        users.changeOwnPassword(jeanne, "set-by-the-admin".toCharArray(), "my-own-new-one".toCharArray());
        assertTrue(f.core.authentication().login("jeanne", "my-own-new-one".toCharArray(), null).ok());
        assertEquals("password", assertThrows(ValidationException.class,
                () -> users.changePassword(admin, jeanne.userId(), "short".toCharArray())).errors().get(0).field());
    }

    @Test
    void anUnknownUserIsAFieldError() {
        assertEquals("user", assertThrows(ValidationException.class,
                () -> users.deactivate(admin, 987_654L)).errors().get(0).field());
        assertThrows(IllegalArgumentException.class, () -> users.contextOf(987_654L));
    }

    private static void assertDenied(Executable action) {
        assertEquals("core.users.manage", assertThrows(AccessDeniedException.class, action).permission());
    }
}
