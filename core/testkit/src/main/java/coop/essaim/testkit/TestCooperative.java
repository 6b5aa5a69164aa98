package coop.essaim.testkit;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.security.Authentication;
import coop.essaim.kernel.setup.FirstRunSetup;
import coop.essaim.kernel.user.KernelUserDirectory;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cooperative of a test installation, made through the first-run setup as a new installation is, and its
 * users, made by its administrator and logged in through the core's authentication (so each user's
 * permissions are what the core grants their role, never a hand-made set).
 */
final class TestCooperative {

    static final String LEGAL_NAME = "Coopérative de test";
    static final String ADMIN_LOGIN = "testkit-admin";
    /** Test installations only; the hashing cost is lowered with -Dessaim.password.cost=4 in the plugin parent. */
    static final String PASSWORD = "testkit password 1234";

    /** Where the test cooperative is, what money it counts and which language it speaks. */
    record Country(String code, String currency, String language) {
        static final Country FRANCE = new Country("FR", "EUR", "fr");
    }

    private final Kernel kernel;
    private final Country country;
    private final AtomicInteger users = new AtomicInteger();
    private UserContext administrator;

    TestCooperative(Kernel kernel, Country country) {
        this.kernel = kernel;
        this.country = country;
    }

    synchronized UserContext administrator() {
        if (administrator == null) {
            if (kernel.setup().needed()) {
                kernel.setup().createFirstCooperative(
                        new NewCooperative(LEGAL_NAME, "Test", "SCOP_SARL", country.code(), country.currency(), 1,
                                country.language()),
                        new FirstRunSetup.NewAdministrator(ADMIN_LOGIN, "Administratrice de test",
                                "admin@test.example.org", PASSWORD.toCharArray()));
            }
            administrator = logIn(ADMIN_LOGIN);
        }
        // read again: modules started since then may have granted the role more permissions
        return kernel.service(UserDirectory.class).contextOf(administrator.userId());
    }

    UserContext userWithRole(String role) {
        if (!CoreRoles.ALL.contains(role)) {
            throw new IllegalArgumentException("role '" + role + "': expected one of " + CoreRoles.ALL);
        }
        UserContext admin = administrator();
        UserDirectory directory = kernel.service(UserDirectory.class);
        if (!(directory instanceof KernelUserDirectory accounts)) {
            throw new IllegalStateException("the core's UserDirectory cannot create users: " + directory.getClass());
        }
        String login = "testkit-" + role + "-" + users.incrementAndGet();
        accounts.createUser(admin, login, "Test " + role, login + "@test.example.org", "fr", Set.of(role),
                PASSWORD.toCharArray());
        return logIn(login);
    }

    private UserContext logIn(String login) {
        Authentication.LoginResult r = kernel.authentication().login(login, PASSWORD.toCharArray(), "127.0.0.1");
        if (!r.ok()) {
            throw new IllegalStateException("the test user " + login + " cannot log in: " + r.outcome());
        }
        return r.user();
    }
}
