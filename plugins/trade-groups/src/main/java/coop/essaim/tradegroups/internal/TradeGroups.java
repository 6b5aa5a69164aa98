package coop.essaim.tradegroups.internal;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.tradegroups.internal.grid.Grids;
import coop.essaim.tradegroups.internal.group.Groups;
import coop.essaim.tradegroups.internal.meeting.Meetings;

import java.time.Clock;

/**
 * The module's services over its store and the core's, as its pages, its API, its demo data and its tests use
 * them. Cheap to build: it holds no state beyond the references. Its own meeting engine: it does not need the
 * accompaniment plugin.
 */
public final class TradeGroups {

    private final Groups groups;
    private final Meetings meetings;
    private final Grids grids;

    private TradeGroups(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("trade-groups: no store"));
        AuditTrail audit = context.service(AuditTrail.class);
        this.groups = new Groups(store, context.service(People.class), audit, clock);
        this.meetings = new Meetings(store, groups, audit, clock);
        this.grids = new Grids(store, groups, context.service(CooperativeDirectory.class), audit, clock);
    }

    public static TradeGroups of(ModuleContext context) {
        return new TradeGroups(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date what they record. */
    public static TradeGroups of(ModuleContext context, Clock clock) {
        return new TradeGroups(context, clock);
    }

    public Groups groups() {
        return groups;
    }

    public Meetings meetings() {
        return meetings;
    }

    public Grids grids() {
        return grids;
    }
}
