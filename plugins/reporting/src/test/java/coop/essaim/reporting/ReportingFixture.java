package coop.essaim.reporting;

import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;

import java.nio.file.Path;

/**
 * The demo cooperative (French) on the real core with country-fr, whose demo ledger posts the invoices, and this
 * plugin. Its path data is {@code DemoMembers} in the kernel: every date counted back from 2 November 2026, so the
 * figures of 2025 and 2026 are fixed and can be counted by hand. Logins: {@code admin}, {@code compta},
 * {@code conseil} (adviser), {@code elu} (board member), {@code jeanne} (entrepreneur).
 */
public final class ReportingFixture {

    /** The demo's first site, "Lyon – Croix-Rousse" (DemoMembers.LYON). */
    public static final String LYON = "Lyon – Croix-Rousse";

    private final EssaimTestKit essaim;

    public ReportingFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    public UserContext admin() {
        return essaim.demoUser("admin");
    }

    public UserContext user(String login) {
        return essaim.demoUser(login);
    }

    public long lyon() {
        return essaim.service(People.class).establishments(admin()).stream().filter(e -> e.name().equals(LYON))
                .mapToLong(Establishment::id).findFirst().orElseThrow();
    }
}
