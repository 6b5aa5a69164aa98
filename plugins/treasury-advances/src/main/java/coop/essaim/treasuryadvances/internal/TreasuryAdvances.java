package coop.essaim.treasuryadvances.internal;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Activities;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.treasuryadvances.internal.advance.AdvanceBook;
import coop.essaim.treasuryadvances.internal.advance.AdvanceLedger;
import coop.essaim.treasuryadvances.internal.advance.Approvals;
import coop.essaim.treasuryadvances.internal.advance.CoreFigures;
import coop.essaim.treasuryadvances.internal.advance.Exposure;
import coop.essaim.treasuryadvances.internal.rule.RuleBook;

import java.time.Clock;

/**
 * The module's services over its store and the core's services, as its pages, its API, its demo data and its
 * tests use them. Cheap to build: it holds no state beyond the references.
 */
public final class TreasuryAdvances {

    private final RuleBook rules;
    private final AdvanceBook advances;
    private final Approvals approvals;
    private final AdvanceLedger ledger;
    private final Exposure exposure;

    private TreasuryAdvances(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("treasury-advances: no store"));
        AuditTrail audit = context.service(AuditTrail.class);
        Activities activities = context.service(Activities.class);
        CoreFigures core = new CoreFigures(context.service(TreasuryForecast.class), context.service(Ledger.class),
                context.service(LedgerReports.class), context.service(ModuleCatalog.class));
        this.rules = new RuleBook(store, audit, clock);
        this.advances = new AdvanceBook(store, activities, core, rules, audit,
                context.service(CooperativeDirectory.class), clock);
        this.approvals = new Approvals(store, advances, rules, audit, clock);
        this.ledger = AdvanceLedger.of(store, advances, activities, context.service(CooperativeSettings.class),
                context.service(CooperativeDirectory.class), context.service(Ledger.class), core, audit, clock);
        this.exposure = new Exposure(store, advances, rules, core, clock);
    }

    public static TreasuryAdvances of(ModuleContext context) {
        return new TreasuryAdvances(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date what they decide. */
    public static TreasuryAdvances of(ModuleContext context, Clock clock) {
        return new TreasuryAdvances(context, clock);
    }

    public RuleBook rules() {
        return rules;
    }

    public AdvanceBook advances() {
        return advances;
    }

    public Approvals approvals() {
        return approvals;
    }

    public AdvanceLedger ledger() {
        return ledger;
    }

    public Exposure exposure() {
        return exposure;
    }
}
