package coop.essaim.web.internal;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.ContributionTransfers;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PeopleImport;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
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

    public static ActivityBranding activityBranding() {
        return EssaimWebApplication.get().kernel().service(ActivityBranding.class);
    }

    public static ContributionRateBook contributionRates() {
        return EssaimWebApplication.get().kernel().service(ContributionRateBook.class);
    }

    public static ContributionTransfers contributionTransfers() {
        return EssaimWebApplication.get().kernel().service(ContributionTransfers.class);
    }

    public static Ledger ledger() {
        return EssaimWebApplication.get().kernel().service(Ledger.class);
    }

    public static LedgerReports ledgerReports() {
        return EssaimWebApplication.get().kernel().service(LedgerReports.class);
    }

    public static Lettering lettering() {
        return EssaimWebApplication.get().kernel().service(Lettering.class);
    }

    public static ActivityAccounts activityAccounts() {
        return EssaimWebApplication.get().kernel().service(ActivityAccounts.class);
    }

    public static PeopleImport peopleImport() {
        return EssaimWebApplication.get().kernel().service(PeopleImport.class);
    }

    public static PersonalData personalData() {
        return EssaimWebApplication.get().kernel().service(PersonalData.class);
    }

    public static CooperativeProfile cooperativeProfile() {
        return EssaimWebApplication.get().kernel().service(CooperativeProfile.class);
    }

    public static CooperativeSettings settings() {
        return EssaimWebApplication.get().kernel().service(CooperativeSettings.class);
    }

    public static Mailer mailer() {
        return EssaimWebApplication.get().kernel().service(Mailer.class);
    }

    public static UserDirectory users() {
        return EssaimWebApplication.get().kernel().service(UserDirectory.class);
    }

    public static Cooperative cooperative(UserContext user) {
        return EssaimWebApplication.get().kernel().service(CooperativeDirectory.class).find(user.cooperativeId())
                .orElseThrow(() -> new IllegalStateException("cooperative " + user.cooperativeId() + " not found"));
    }
}
