package coop.essaim.mutualtraining.internal;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.mutualtraining.internal.catalogue.Catalogue;
import coop.essaim.mutualtraining.internal.criteria.CriteriaBook;
import coop.essaim.mutualtraining.internal.request.RequestBook;
import coop.essaim.mutualtraining.internal.session.AttendanceCertificate;
import coop.essaim.mutualtraining.internal.session.Sessions;

import java.time.Clock;

/**
 * The module's services over its store and the core's services, as its pages, its API, its demo data and its
 * tests use them. Cheap to build: it holds no state beyond the references.
 */
public final class MutualTraining {

    private final CriteriaBook criteria;
    private final RequestBook requests;
    private final Catalogue catalogue;
    private final Sessions sessions;
    private final AttendanceCertificate certificates;

    private MutualTraining(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("mutual-training: no store"));
        AuditTrail audit = context.service(AuditTrail.class);
        this.criteria = new CriteriaBook(store, audit, clock);
        this.requests = new RequestBook(store, criteria, context.service(People.class),
                context.service(CooperativeDirectory.class), audit, clock);
        this.catalogue = new Catalogue(store, audit, clock, requests::currency);
        this.sessions = new Sessions(store, context.service(UserDirectory.class), audit, clock);
        this.certificates = new AttendanceCertificate(sessions, context.service(CooperativeDirectory.class));
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

    public Catalogue catalogue() {
        return catalogue;
    }

    public Sessions sessions() {
        return sessions;
    }

    public AttendanceCertificate certificates() {
        return certificates;
    }
}
