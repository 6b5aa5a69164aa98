package coop.essaim.kernel;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.kernel.people.KernelActivityBranding;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.ledger.ActivityAccess;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.api.ledger.ContributionTransfers;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PeopleImport;
import coop.essaim.api.people.PersonalData;
import coop.essaim.kernel.people.KernelActivities;
import coop.essaim.kernel.cooperative.KernelCooperativeProfile;
import coop.essaim.kernel.ledger.KernelActivityAccounts;
import coop.essaim.kernel.ledger.KernelContributionTransfers;
import coop.essaim.kernel.ledger.KernelTreasuryForecast;
import coop.essaim.kernel.people.KernelPeople;
import coop.essaim.kernel.people.KernelPeopleImport;
import coop.essaim.kernel.people.KernelPersonalData;
import coop.essaim.kernel.people.PathModels;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.kernel.ledger.ContributionRates;
import coop.essaim.kernel.ledger.CooperativeContributionScheme;
import coop.essaim.kernel.ledger.KernelLedger;
import coop.essaim.kernel.ledger.LedgerScan;
import coop.essaim.kernel.ledger.lettering.KernelLettering;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.kernel.ledger.report.KernelLedgerReports;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.kernel.ledger.journal.KernelLedgerJournals;
import coop.essaim.api.ledger.LedgerJournals;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.reporting.ReportMeasures;
import coop.essaim.kernel.reporting.KernelReportMeasures;
import coop.essaim.kernel.mail.KernelMailer;
import coop.essaim.kernel.ledger.RateContributionScheme;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.cooperative.InterfaceLanguages;
import coop.essaim.kernel.cooperative.KernelCooperativeDirectory;
import coop.essaim.kernel.demo.DemoCooperative;
import coop.essaim.kernel.event.KernelDomainEvents;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.module.ModuleListener;
import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.kernel.security.KernelAuthentication;
import coop.essaim.kernel.security.PasswordHasher;
import coop.essaim.kernel.security.PermissionGrants;
import coop.essaim.kernel.settings.KernelCooperativeSettings;
import coop.essaim.kernel.setup.KernelFirstRunSetup;
import coop.essaim.kernel.user.KernelUserDirectory;
import coop.essaim.kernel.user.UserRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The core's domain services wired together on the core persistence unit. Building it touches neither the
 * database nor the modules. As a {@link ModuleListener} it grants a started module's default permissions in
 * every cooperative (the core itself included: its {@code PermissionContribution} is listed in the kernel's
 * {@code META-INF/services}), so a permission added by an upgrade reaches existing cooperatives.
 */
public final class CoreServices implements ModuleListener {

    private static final Logger LOG = LoggerFactory.getLogger(CoreServices.class);

    private final KernelCooperativeDirectory cooperatives;
    private final KernelUserDirectory users;
    private final KernelAuditTrail audit;
    private final KernelDomainEvents events;
    private final KernelCooperativeSettings settings;
    private final PermissionGrants permissions;
    private final KernelAuthentication authentication;
    private final KernelFirstRunSetup setup;
    private final DemoCooperative demo;
    private final KernelPeople people;
    private final KernelActivities activities;
    private final KernelActivityBranding activityBranding;
    private final KernelPeopleImport peopleImport;
    private final KernelPersonalData personalData;
    private final KernelCooperativeProfile profile;
    private final KernelActivityAccounts activityAccounts;
    private final KernelTreasuryForecast treasuryForecast;
    private final KernelContributionTransfers contributionTransfers;
    private final KernelLedger ledger;
    private final KernelLedgerJournals journals;
    private final KernelLedgerReports reports;
    private final KernelLettering lettering;
    private final ContributionRates contributionRates;
    private final RateContributionScheme contributionScheme;
    private final KernelMailer mailer;
    private final KernelReportMeasures reportMeasures;

    public CoreServices(ModuleStore coreStore, HostEnvironment env, ModuleRegistry registry, Clock clock) {
        PasswordHasher hasher = new PasswordHasher();
        this.audit = new KernelAuditTrail(coreStore, clock);
        this.events = new KernelDomainEvents(registry);
        this.cooperatives = new KernelCooperativeDirectory(coreStore);
        this.permissions = new PermissionGrants(coreStore, registry, audit, clock);
        UserRecords records = new UserRecords(permissions);
        Supplier<List<String>> languages = () -> InterfaceLanguages.tags(registry);
        this.users = new KernelUserDirectory(coreStore, records, audit, events, hasher, languages, clock);
        this.settings = new KernelCooperativeSettings(coreStore, registry, audit, clock);
        this.authentication = new KernelAuthentication(coreStore, records, audit, hasher, clock);
        this.setup = new KernelFirstRunSetup(coreStore, cooperatives, records, permissions, audit, events, hasher,
                languages, clock);
        PathModels pathModels = new PathModels(registry, cooperatives);
        this.people = new KernelPeople(coreStore, audit, events, pathModels, cooperatives, settings, clock);
        this.peopleImport = new KernelPeopleImport(coreStore, audit, events, pathModels, clock);
        this.personalData = new KernelPersonalData(coreStore, audit, events, pathModels, clock, settings);
        this.profile = new KernelCooperativeProfile(coreStore, audit, clock);
        this.activities = new KernelActivities(coreStore, audit, events, settings, clock);
        this.activityBranding = new KernelActivityBranding(coreStore, activities, audit, clock);
        this.demo = new DemoCooperative(coreStore, setup, records, audit, registry, hasher, env, clock, people,
                activities);
        // an entrepreneur reads the postings of the activities the people core says are theirs
        this.ledger = new KernelLedger(coreStore, cooperatives, registry, audit, activities::activityIdsOf, clock);
        this.journals = new KernelLedgerJournals(coreStore, cooperatives, ledger,
                new LedgerScan(coreStore, registry, activities::activityIdsOf));
        this.reports = new KernelLedgerReports(coreStore, cooperatives, registry, activities::activityIdsOf);
        this.lettering = new KernelLettering(coreStore, cooperatives, registry, audit, activities::activityIdsOf, clock);
        this.contributionRates = new ContributionRates(coreStore, cooperatives, registry, audit, clock);
        this.contributionScheme = new RateContributionScheme(contributionRates);
        ContributionScheme chosen = new CooperativeContributionScheme(contributionRates, contributionScheme, registry);
        this.activityAccounts = new KernelActivityAccounts(coreStore, cooperatives, registry, activities::activityIdsOf,
                chosen);
        this.treasuryForecast = new KernelTreasuryForecast(activityAccounts, registry, clock);
        this.contributionTransfers = new KernelContributionTransfers(coreStore, cooperatives, registry,
                activities::activityIdsOf, chosen, ledger, clock);
        this.mailer = new KernelMailer(coreStore, settings, clock);
        this.reportMeasures = new KernelReportMeasures(registry);
    }

    public KernelCooperativeDirectory cooperatives() {
        return cooperatives;
    }

    public KernelUserDirectory users() {
        return users;
    }

    public KernelAuditTrail audit() {
        return audit;
    }

    public KernelDomainEvents events() {
        return events;
    }

    public KernelCooperativeSettings settings() {
        return settings;
    }

    /** Role grants per cooperative: the administration page and the core's start read them here. */
    public PermissionGrants permissions() {
        return permissions;
    }

    public KernelAuthentication authentication() {
        return authentication;
    }

    public KernelFirstRunSetup setup() {
        return setup;
    }

    public DemoCooperative demo() {
        return demo;
    }

    public KernelPeople people() {
        return people;
    }

    public KernelActivities activities() {
        return activities;
    }

    /** Each activity's logo and sender on its documents and mails. */
    public KernelActivityBranding activityBranding() {
        return activityBranding;
    }

    public KernelPeopleImport peopleImport() {
        return peopleImport;
    }

    public KernelPersonalData personalData() {
        return personalData;
    }

    public KernelCooperativeProfile profile() {
        return profile;
    }

    public KernelActivityAccounts activityAccounts() {
        return activityAccounts;
    }

    public KernelContributionTransfers contributionTransfers() {
        return contributionTransfers;
    }

    public KernelLedger ledger() {
        return ledger;
    }

    /** The ledger as hledger/ledger journals and CSV, out and in. */
    public KernelLedgerJournals journals() {
        return journals;
    }

    /** The trial balance, general ledger, balance sheet and income statement. */
    public KernelLedgerReports reports() {
        return reports;
    }

    /** Matching the postings of an account that settle each other (lettrage), after posting. */
    public KernelLettering lettering() {
        return lettering;
    }

    /** The dated parameters of the core's contribution scheme, per cooperative. */
    public ContributionRates contributionRates() {
        return contributionRates;
    }

    /** The core's default contribution scheme (rate on turnover or gross margin, optional monthly fee). */
    public RateContributionScheme contributionScheme() {
        return contributionScheme;
    }

    public KernelTreasuryForecast treasuryForecast() {
        return treasuryForecast;
    }

    /** Every started module's report measures, computed with the reader's permissions. */
    public KernelReportMeasures reportMeasures() {
        return reportMeasures;
    }

    /** E-mail through the cooperative's SMTP server, with its history. */
    public KernelMailer mailer() {
        return mailer;
    }

    /** The coop.essaim.api services modules reach through {@code ModuleContext.service}. */
    public Map<Class<?>, Object> services() {
        return Map.ofEntries(
                Map.entry(CooperativeDirectory.class, cooperatives),
                Map.entry(UserDirectory.class, users),
                Map.entry(AuditTrail.class, audit),
                Map.entry(DomainEvents.class, events),
                Map.entry(CooperativeSettings.class, settings),
                Map.entry(Ledger.class, ledger),
                Map.entry(LedgerJournals.class, journals),
                Map.entry(LedgerReports.class, reports),
                Map.entry(Lettering.class, lettering),
                Map.entry(People.class, people),
                Map.entry(Activities.class, activities),
                Map.entry(ActivityBranding.class, activityBranding),
                Map.entry(PeopleImport.class, peopleImport),
                Map.entry(PersonalData.class, personalData),
                Map.entry(CooperativeProfile.class, profile),
                Map.entry(ActivityAccounts.class, activityAccounts),
                Map.entry(ContributionTransfers.class, contributionTransfers),
                Map.entry(ContributionRateBook.class, contributionRates),
                Map.entry(TreasuryForecast.class, treasuryForecast),
                Map.entry(ActivityAccess.class, (ActivityAccess) activities::activityIdsOf),
                Map.entry(Mailer.class, mailer),
                Map.entry(ReportMeasures.class, reportMeasures));
    }

    @Override
    public void started(ModuleDescriptor module) {
        try {
            permissions.moduleStarted(module);
        } catch (RuntimeException e) {
            // the module runs; its permissions are granted at its next start
            LOG.error("module {}: granting its default permissions failed", module.id(), e);
        }
    }

    @Override
    public void stopped(ModuleDescriptor module) {
        permissions.moduleStopped(module);
    }
}
