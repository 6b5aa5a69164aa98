package coop.essaim.brandgroups.internal;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.brandgroups.internal.group.Groups;
import coop.essaim.brandgroups.internal.group.Rules;
import coop.essaim.brandgroups.internal.group.Splits;

import java.time.Clock;

/**
 * The module's services over its store and the core's, as its pages, its API, its demo data and its tests use
 * them. Cheap to build: it holds no state beyond the references.
 */
public final class BrandGroups {

    private final Groups groups;
    private final Rules rules;
    private final Splits splits;

    private BrandGroups(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("brand-groups: no store"));
        AuditTrail audit = context.service(AuditTrail.class);
        this.groups = new Groups(store, context.service(Activities.class), context.service(People.class),
                context.service(CooperativeDirectory.class), audit, clock);
        this.rules = new Rules(store, groups, audit, clock);
        this.splits = new Splits(store, groups, context.service(ActivityAccounts.class), audit, clock);
    }

    public static BrandGroups of(ModuleContext context) {
        return new BrandGroups(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date what they record. */
    public static BrandGroups of(ModuleContext context, Clock clock) {
        return new BrandGroups(context, clock);
    }

    public Groups groups() {
        return groups;
    }

    public Rules rules() {
        return rules;
    }

    public Splits splits() {
        return splits;
    }
}
