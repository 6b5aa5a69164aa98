package coop.essaim.invoicing;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.Address;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.testkit.EssaimTestKit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo cooperative (French, with its identity) on the real core with country-fr and this plugin: its
 * accountant {@code compta}, Jeanne and her activity "Couture Jeanne", and another member's activity.
 */
public final class InvoicingFixture {

    public static final String JEANNE_ACTIVITY = "Couture Jeanne";

    private final EssaimTestKit essaim;

    public InvoicingFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    public Invoicing invoicing() {
        return Invoicing.of(essaim.modules().context("invoicing").orElseThrow());
    }

    public UserContext accountant() {
        return essaim.demoUser("compta");
    }

    public UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    public UserContext adviser() {
        return essaim.demoUser("conseil");
    }

    public long jeanneActivity() {
        return activities().stream().filter(a -> a.name().equals(JEANNE_ACTIVITY)).findFirst().orElseThrow().id();
    }

    /** An open activity Jeanne is not a member of. */
    public long otherActivity() {
        return activities().stream().filter(a -> !a.name().equals(JEANNE_ACTIVITY)).findFirst().orElseThrow().id();
    }

    private List<Activity> activities() {
        return essaim.service(Activities.class).list(essaim.demoUser("admin"), null, ActivityStatus.ACTIVE);
    }

    public Customer customer(UserContext actor, long activity, String name) {
        return invoicing().customers().create(actor, activity, new CustomerDetails(CustomerKind.COMPANY, name,
                "compta@" + name.toLowerCase().replace(' ', '-') + ".example",
                new Address("3 place Bellecour", "69002", "Lyon", "FR"), "FR40303265045", "303265045", null));
    }

    public static LineDraft service(String description, String days, String price) {
        return new LineDraft(description, LineKind.SERVICE, new BigDecimal(days), "DAY", eur(price), BigDecimal.ZERO,
                "FR-20");
    }

    public static InvoiceDraft draft(long customerId, LineDraft... lines) {
        return new InvoiceDraft(customerId, null, null, null, List.of(lines));
    }

    public static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }
}
