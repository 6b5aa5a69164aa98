package coop.essaim.governance.internal.assembly;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.PlainDocument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The documents of an assembly, in the reader's language: the convocation (its text is the body of the e-mail, the
 * same text is the attached PDF) and the minutes (attendance, quorum, each resolution with its majority, counts and
 * outcome; a secret ballot only ever has counts). Whoever may read the assembly may read them.
 */
public final class AssemblyDocuments {

    private final Assemblies assemblies;
    private final CooperativeDirectory cooperatives;
    private final Clock clock;

    public AssemblyDocuments(Assemblies assemblies, CooperativeDirectory cooperatives, Clock clock) {
        this.assemblies = assemblies;
        this.cooperatives = cooperatives;
        this.clock = clock;
    }

    public static String convocationFileName(long assemblyId) {
        return "convocation-assemblee-" + assemblyId + ".pdf";
    }

    public static String minutesFileName(long assemblyId) {
        return "proces-verbal-assemblee-" + assemblyId + ".pdf";
    }

    public String convocationSubject(UserContext actor, Assembly a) {
        Messages m = new Messages(actor.locale());
        return m.text("convocation.subject", m.text("AssemblyKind." + a.kind().name()), a.heldOn());
    }

    /** The convocation as plain text: the e-mail's body. */
    public String convocationText(UserContext actor, long assemblyId) {
        return String.join("\n", convocationLines(actor, assemblyId)) + "\n";
    }

    public byte[] convocationPdf(UserContext actor, long assemblyId) {
        Messages m = new Messages(actor.locale());
        List<String> lines = convocationLines(actor, assemblyId);
        PlainDocument doc = new PlainDocument().line(lines.get(0)).blank().title(m.text("convocation.title"));
        lines.subList(1, lines.size()).forEach(doc::line);
        return doc.pdf();
    }

    private List<String> convocationLines(UserContext actor, long assemblyId) {
        Messages m = new Messages(actor.locale());
        Assembly a = assemblies.assembly(actor, assemblyId);
        List<Resolution> resolutions = assemblies.resolutions(actor, assemblyId);
        List<String> out = new java.util.ArrayList<>();
        out.add(legalName(actor));
        out.add("");
        out.add(m.text("convocation.intro", m.text("AssemblyKind." + a.kind().name()), a.heldOn(), a.place()));
        if (a.secondConvocation()) {
            out.add(m.text("convocation.second", assemblies.assembly(actor, a.firstConvocationId()).heldOn()));
        }
        out.add("");
        out.add(m.text("convocation.agenda"));
        out.add(a.agenda());
        out.add("");
        out.add(m.text("convocation.resolutions"));
        if (resolutions.isEmpty()) {
            out.add(m.text("convocation.noResolution"));
        }
        for (Resolution r : resolutions) {
            out.add(m.text("convocation.resolution", r.position(), r.text(), terms(m, r)));
        }
        out.add("");
        out.add(m.text("convocation.proxy", assemblies.proxiesPerHolder(actor.cooperativeId())));
        out.add(m.text("convocation.quorum", assemblies.quorumPercent(actor.cooperativeId(), a)));
        return out;
    }

    /**
     * The minutes: the assembly, its day and place, those called, present, represented and absent, the quorum
     * reached or not, then each resolution with its majority, its counts and whether it was adopted.
     */
    public byte[] minutesPdf(UserContext actor, long assemblyId) {
        Messages m = new Messages(actor.locale());
        Assembly a = assemblies.assembly(actor, assemblyId);
        List<Attendance> called = assemblies.attendance(actor, assemblyId);
        Quorum q = assemblies.quorum(actor, assemblyId);
        long absent = called.stream().filter(x -> x.presence() == Presence.ABSENT).count();
        PlainDocument doc = new PlainDocument().line(legalName(actor)).blank()
                .title(m.text("minutes.title"))
                .heading(capitalized(m.text("minutes.heading", m.text("AssemblyKind." + a.kind().name()),
                        a.heldOn())))
                .line(m.text("minutes.place", a.place()))
                .line(a.secondConvocation() ? m.text("convocation.second", assemblies.assembly(actor,
                        a.firstConvocationId()).heldOn()) : "").blank()
                .line(m.text("minutes.attendance", q.called(), q.present(), q.represented(), absent))
                .line(m.text(q.reached() ? "minutes.quorum.reached" : "minutes.quorum.notReached",
                        q.percentNeeded(), q.voices(), q.called())).blank()
                .heading(m.text("convocation.agenda")).line(a.agenda()).blank();
        for (Resolution r : assemblies.resolutions(actor, assemblyId)) {
            doc.heading(m.text("minutes.resolution", r.position(), terms(m, r))).line(r.text())
                    .line(m.text("minutes.counts", r.votesFor(), r.against(), r.abstentions()));
            for (coop.essaim.governance.api.CollegeTally c : r.colleges()) {
                doc.line(m.text("minutes.college", c.name(), c.weight(), c.votesFor(), c.against(), c.abstentions()));
            }
            if (r.weighted() && r.weightedForPercent() != null) {
                doc.line(m.text("minutes.weighted", r.weightedForPercent().toPlainString()));
            }
            if (r.secret()) {
                doc.line(m.text("minutes.secret"));
            }
            doc.line(r.state() != ResolutionState.CLOSED
                    ? m.text("minutes.notClosed", m.text("ResolutionState." + r.state().name()))
                    : m.text(r.adopted() ? "minutes.adopted" : "minutes.rejected")).blank();
        }
        return doc.line(m.text("minutes.issued", LocalDate.now(clock))).pdf();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static String terms(Messages m, Resolution r) {
        return m.text("Majority." + r.majority().name()) + (r.secret() ? ", " + m.text("ballot.secret") : "");
    }

    private String legalName(UserContext actor) {
        return cooperatives.find(actor.cooperativeId()).map(c -> c.legalName()).orElse("");
    }
}
