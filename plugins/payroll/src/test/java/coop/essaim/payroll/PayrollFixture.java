package coop.essaim.payroll;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.internal.Payroll;
import coop.essaim.testkit.EssaimTestKit;

import java.nio.file.Path;

/**
 * The demo cooperative (French) on the real core with country-fr and this plugin: its accountant {@code compta},
 * its adviser {@code conseil}, Jeanne and her activity "Couture Jeanne", paid from June to October 2026 by the
 * demo's payroll.
 */
public final class PayrollFixture {

    public static final String JEANNE_ACTIVITY = "Couture Jeanne";

    private final EssaimTestKit essaim;

    public PayrollFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    public Payroll payroll() {
        return Payroll.of(essaim.modules().context("payroll").orElseThrow());
    }

    public UserContext accountant() {
        return essaim.demoUser("compta");
    }

    public UserContext adviser() {
        return essaim.demoUser("conseil");
    }

    public UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    public Activity activity(String name) {
        return essaim.service(Activities.class).list(essaim.demoUser("admin"), null, ActivityStatus.ACTIVE).stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    public Activity jeanneActivity() {
        return activity(JEANNE_ACTIVITY);
    }

    public long jeannePerson() {
        return jeanneActivity().memberIds().get(0);
    }
}
