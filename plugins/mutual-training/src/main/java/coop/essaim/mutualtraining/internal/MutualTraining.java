package coop.essaim.mutualtraining.internal;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.mutualtraining.internal.criteria.CriteriaBook;
import coop.essaim.mutualtraining.internal.request.RequestBook;

import java.time.Clock;

/**
 * The module's services over its store and the core's services, as its pages, its API, its demo data and its
 * tests use them. Cheap to build: it holds no state beyond the references.
 */
public final class MutualTraining {

    private final CriteriaBook criteria;
    private final RequestBook requests;

    private MutualTraining(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("mutual-training: no store"));
        AuditTrail audit = context.service(AuditTrail.class);
        this.criteria = new CriteriaBook(store, audit, clock);
        this.requests = new RequestBook(store, criteria, context.service(People.class),
                context.service(CooperativeDirectory.class), audit, clock);
    }

    public static MutualTraining of(ModuleContext context) {
        return new MutualTraining(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date what they record. */
    public static MutualTraining of(ModuleContext context, Clock clock) {
        return new MutualTraining(context, clock);
    }

    public CriteriaBook criteria() {
        return criteria;
    }

    public RequestBook requests() {
        return requests;
    }
}
