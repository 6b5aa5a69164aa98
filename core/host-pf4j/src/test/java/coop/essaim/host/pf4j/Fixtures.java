package coop.essaim.host.pf4j;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.web.PageContribution;
import coop.essaim.host.pf4j.fixture.base.BasePermissions;
import coop.essaim.host.pf4j.fixture.dependent.DependentLifecycle;
import coop.essaim.host.pf4j.fixture.hello.HelloPages;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.host.LaunchOptions;
import coop.essaim.kernel.setup.FirstRunSetup;

import java.nio.file.Path;

/** The fixture plugins and the options the host tests share. */
final class Fixtures {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "a long enough password";

    private Fixtures() {
    }

    /** Port 0: a free port; 127.0.0.1 only. */
    static LaunchOptions options(Path home) {
        return new LaunchOptions(home, home.resolve("data"), 0, "127.0.0.1", false);
    }

    static JarBuilder hello() {
        return JarBuilder.plugin("hello").packageOf(HelloPages.class).service(PageContribution.class, HelloPages.class);
    }

    static JarBuilder base() {
        return JarBuilder.plugin("base").packageOf(BasePermissions.class)
                .service(PermissionContribution.class, BasePermissions.class);
    }

    static JarBuilder dependent() {
        return JarBuilder.plugin("dependent").dependencies("base").packageOf(DependentLifecycle.class)
                .service(ModuleLifecycle.class, DependentLifecycle.class);
    }

    static void firstCooperative(Kernel kernel) {
        kernel.setup().createFirstCooperative(
                new NewCooperative("Coopérative des tests", "Tests", "SCOP_SARL", "FR", "EUR", 1, "fr"),
                new FirstRunSetup.NewAdministrator(ADMIN, "Admin Istrateur", "admin@example.org",
                        ADMIN_PASSWORD.toCharArray()));
    }
}
