package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.internal.ConvocationMailing;
import coop.essaim.governance.internal.Messages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Sends an assembly's convocation by e-mail ({@link ConvocationMailing}, the core's mailer): one mail to each
 * associate called who has an e-mail address, the agenda and the resolutions in the body, the convocation as a PDF
 * attachment. Each sending is recorded; a second sending needs an explicit resend, so a click
 * twice does not convene everyone twice.
 */
public final class Convocations {

    private final ModuleStore store;
    private final Assemblies assemblies;
    private final AssemblyDocuments documents;
    private final ConvocationMailing mailing;
    private final AuditTrail audit;
    private final Clock clock;

    public Convocations(ModuleStore store, Assemblies assemblies, AssemblyDocuments documents,
                        ConvocationMailing mailing, AuditTrail audit, Clock clock) {
        this.store = store;
        this.assemblies = assemblies;
        this.documents = documents;
        this.mailing = mailing;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Mails the convocation to every associate called with an e-mail address. Refused (field {@code resend}) when it
     * was sent already and {@code resend} is false, and (field {@code recipients}) when no one called has an
     * address; then nothing is sent. Should the server refuse midway, what left is recorded before the refusal.
     */
    public Convocation send(UserContext actor, long assemblyId, boolean resend) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Assembly a = assemblies.assembly(actor, assemblyId);
        Optional<Convocation> last = last(actor, assemblyId);
        if (last.isPresent() && !resend) {
            throw new ValidationException("resend", m.text("error.convened", last.get().sentAt().toLocalDate(),
                    last.get().recipients()));
        }
        List<Long> called = assemblies.attendance(actor, assemblyId).stream().map(Attendance::personId).toList();
        ConvocationMailing.Letter letter = new ConvocationMailing.Letter(documents.convocationSubject(actor, a),
                documents.convocationText(actor, assemblyId),
                new MailAttachment(AssemblyDocuments.convocationFileName(assemblyId), "application/pdf",
                        documents.convocationPdf(actor, assemblyId)),
                "governance:assembly:" + assemblyId + ":convocation");
        boolean again = last.isPresent();
        mailing.send(actor, called, letter, sent -> record(actor, assemblyId, sent.mailed().size(),
                sent.notMailed().size(), again));
        return last(actor, assemblyId).orElseThrow();
    }

    /** The sendings of the convocation, the latest first. */
    public List<Convocation> sendings(UserContext actor, long assemblyId) {
        assemblies.assembly(actor, assemblyId);
        return store.read(em -> em.createQuery("select c from GovernanceConvocation c where c.assemblyId = :a"
                        + " and c.cooperativeId = :c order by c.sentAt desc, c.id desc", ConvocationEntity.class)
                .setParameter("a", assemblyId).setParameter("c", actor.cooperativeId()).getResultList()).stream()
                .map(c -> new Convocation(c.sentAt, c.sentBy, c.recipients, c.withoutAddress, c.resend)).toList();
    }

    public Optional<Convocation> last(UserContext actor, long assemblyId) {
        return sendings(actor, assemblyId).stream().findFirst();
    }

    private void record(UserContext actor, long assemblyId, int recipients, int without, boolean again) {
        ConvocationEntity c = new ConvocationEntity();
        c.cooperativeId = actor.cooperativeId();
        c.assemblyId = assemblyId;
        c.sentAt = LocalDateTime.now(clock);
        c.sentBy = actor.login();
        c.recipients = recipients;
        c.withoutAddress = without;
        c.resend = again;
        store.run(em -> em.persist(c));
        audit.record(actor, "governance.convocation.sent", "assembly:" + assemblyId,
                recipients + " sent, " + without + " without address" + (again ? ", resend" : ""));
    }
}
