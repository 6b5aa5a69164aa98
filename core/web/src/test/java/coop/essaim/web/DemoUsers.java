package coop.essaim.web;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.demo.DemoLogin;

/** The demo users as the kernel sees them, and the demo records tests refer to by name. */
public final class DemoUsers {

    private DemoUsers() {
    }

    public static UserContext context(Kernel kernel, String role) {
        DemoLogin login = KernelFixture.demo(role);
        return kernel.authentication().login(login.login(), login.password().toCharArray(), "127.0.0.1").user();
    }

    /** The person whose family name is {@code family}, read as {@code actor}. */
    public static Person person(Kernel kernel, UserContext actor, String family) {
        return kernel.service(People.class).list(actor, PersonQuery.all(0, 500).withSearch(family)).items().stream()
                .filter(p -> family.equals(p.details().familyName())).findFirst().orElseThrow();
    }

    public static Activity activity(Kernel kernel, UserContext actor, String name) {
        return kernel.service(coop.essaim.api.people.Activities.class).list(actor, null, null).stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
