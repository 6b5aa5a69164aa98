package coop.essaim.governance.internal;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.internal.admission.Candidacies;
import coop.essaim.api.mail.Mailer;
import coop.essaim.governance.internal.assembly.Assemblies;
import coop.essaim.governance.internal.assembly.AssemblyDocuments;
import coop.essaim.governance.internal.assembly.Convocations;
import coop.essaim.governance.internal.assembly.Bodies;
import coop.essaim.governance.internal.assembly.Colleges;
import coop.essaim.governance.internal.assembly.SecondConvocations;
import coop.essaim.governance.internal.board.BoardMeetings;
import coop.essaim.governance.internal.board.MeetingConvocations;
import coop.essaim.governance.internal.board.MeetingMinutes;
import coop.essaim.governance.internal.register.CapitalRules;
import coop.essaim.governance.internal.split.ParticipantProposals;
import coop.essaim.governance.internal.split.ProfitSplits;
import coop.essaim.governance.internal.register.RegisterExport;
import coop.essaim.governance.internal.register.ShareCertificate;
import coop.essaim.governance.internal.register.ShareRegister;

import java.time.Clock;

/**
 * The module's services over its store and the core's services, as its pages, its demo data and its tests use
 * them. Cheap to build: it holds no state beyond the references.
 */
public final class Governance {

    private final CapitalRules rules;
    private final ShareRegister register;
    private final Candidacies candidacies;
    private final CooperativeDirectory cooperatives;
    private final People people;
    private final ProfitSplits splits;
    private final ParticipantProposals proposals;
    private final Bodies bodies;
    private final Assemblies assemblies;
    private final Colleges colleges;
    private final AssemblyDocuments documents;
    private final Convocations convocations;
    private final BoardMeetings meetings;
    private final SecondConvocations seconds;
    private final MeetingMinutes minutes;
    private final MeetingConvocations meetingConvocations;

    private Governance(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("governance: no store"));
        AuditTrail audit = context.service(AuditTrail.class);
        CooperativeDirectory cooperatives = context.service(CooperativeDirectory.class);
        this.cooperatives = cooperatives;
        this.people = context.service(People.class);
        this.rules = new CapitalRules(store, audit, clock);
        this.register = ShareRegister.of(store, context.service(People.class), rules,
                context.service(Activities.class), context.service(CooperativeSettings.class), cooperatives,
                context.service(Ledger.class), audit, clock);
        this.candidacies = new Candidacies(store, people, register, audit, clock);
        this.splits = new ProfitSplits(store, people, register, context.service(Activities.class),
                context.service(CooperativeSettings.class), cooperatives, context.service(Ledger.class),
                context.service(LedgerReports.class), audit, clock);
        this.proposals = new ParticipantProposals(splits, context.service(ModuleCatalog.class));
        this.bodies = new Bodies(store, people, audit, clock);
        this.meetings = new BoardMeetings(store, bodies, context.service(CooperativeSettings.class), audit, clock);
        this.minutes = new MeetingMinutes(bodies, meetings, cooperatives, clock);
        this.colleges = new Colleges(store, bodies, register, context.service(CooperativeSettings.class), audit, clock);
        this.assemblies = new Assemblies(store, people, register, colleges,
                context.service(CooperativeSettings.class), audit, clock);
        this.seconds = new SecondConvocations(store, assemblies, audit, clock);
        this.documents = new AssemblyDocuments(assemblies, cooperatives, clock);
        ConvocationMailing mailing = new ConvocationMailing(people, context.service(Mailer.class));
        this.convocations = new Convocations(store, assemblies, documents, mailing, audit, clock);
        this.meetingConvocations = new MeetingConvocations(store, bodies, meetings, mailing, cooperatives, audit,
                clock);
    }

    public static Governance of(ModuleContext context) {
        return new Governance(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date what they record. */
    public static Governance of(ModuleContext context, Clock clock) {
        return new Governance(context, clock);
    }

    public Candidacies candidacies() {
        return candidacies;
    }

    /** The year-end profit split. */
    public ProfitSplits splits() {
        return splits;
    }

    /** The participation's bases proposed from the payroll module, when it is installed. */
    public ParticipantProposals participantProposals() {
        return proposals;
    }

    /** The cooperative's bodies and their dated mandates. */
    public Bodies bodies() {
        return bodies;
    }

    /** Meetings of the bodies (the board's first), their attendance and decisions. */
    public BoardMeetings meetings() {
        return meetings;
    }

    /** The convocations of a body's meetings by e-mail. */
    public MeetingConvocations meetingConvocations() {
        return meetingConvocations;
    }

    /** The minutes of a body's meeting. */
    public MeetingMinutes meetingMinutes() {
        return minutes;
    }

    /** General assemblies, their attendance and votes. */
    public Assemblies assemblies() {
        return assemblies;
    }

    /** The colleges of the general assembly, when the cooperative uses them. */
    public Colleges colleges() {
        return colleges;
    }

    /** Second convocations of assemblies whose quorum was not reached. */
    public SecondConvocations secondConvocations() {
        return seconds;
    }

    /** The convocation and the minutes of an assembly. */
    public AssemblyDocuments assemblyDocuments() {
        return documents;
    }

    /** The convocations by e-mail. */
    public Convocations convocations() {
        return convocations;
    }

    public CapitalRules rules() {
        return rules;
    }

    public ShareRegister register() {
        return register;
    }

    public ShareCertificate certificates() {
        return new ShareCertificate(register, cooperatives, people);
    }

    public RegisterExport export() {
        return new RegisterExport(register);
    }
}
