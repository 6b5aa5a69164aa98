package coop.essaim.web.internal;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.People;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.web.EssaimWebApplication;

/** The kernel services the core pages call, looked up on each use: pages never keep a service in a field. */
public final class Services {

    private Services() {
    }

    public static People people() {
        return EssaimWebApplication.get().kernel().service(People.class);
    }

    public static Activities activities() {
        return EssaimWebApplication.get().kernel().service(Activities.class);
    }

    public static Ledger ledger() {
        return EssaimWebApplication.get().kernel().service(Ledger.class);
    }

    public static ActivityAccounts activityAccounts() {
        return EssaimWebApplication.get().kernel().service(ActivityAccounts.class);
    }

    public static UserDirectory users() {
        return EssaimWebApplication.get().kernel().service(UserDirectory.class);
    }

    public static Cooperative cooperative(UserContext user) {
        return EssaimWebApplication.get().kernel().service(CooperativeDirectory.class).find(user.cooperativeId())
                .orElseThrow(() -> new IllegalStateException("cooperative " + user.cooperativeId() + " not found"));
    }
}
