package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.internal.Messages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends an assembly's convocation by e-mail through the core's {@link Mailer}: one mail to each associate called who
 * has an e-mail address (so no one reads the others' addresses), the agenda and the resolutions in the body, the
 * convocation as a PDF attachment. Each sending is recorded; a second sending needs an explicit resend, so a click
 * twice does not convene everyone twice.
 */
public final class Convocations {

    private final ModuleStore store;
    private final Assemblies assemblies;
    private final AssemblyDocuments documents;
    private final People people;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;

    public Convocations(ModuleStore store, Assemblies assemblies, AssemblyDocuments documents, People people,
                        Mailer mailer, AuditTrail audit, Clock clock) {
        this.store = store;
        this.assemblies = assemblies;
        this.documents = documents;
        this.people = people;
        this.mailer = mailer;
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
        UserContext reader = actor.lending(CorePermissions.PEOPLE_READ);
        List<String> addresses = new ArrayList<>();
        int without = 0;
        for (Attendance x : assemblies.attendance(actor, assemblyId)) {
            Optional<String> email = people.find(reader, x.personId()).map(p -> p.details().email())
                    .map(String::strip).filter(e -> !e.isEmpty());
            if (email.isPresent()) {
                addresses.add(email.get());
            } else {
                without++;
            }
        }
        if (addresses.isEmpty()) {
            throw new ValidationException("recipients", m.text("error.noRecipient"));
        }
        String subject = documents.convocationSubject(actor, a);
        String text = documents.convocationText(actor, assemblyId);
        MailAttachment pdf = new MailAttachment(AssemblyDocuments.convocationFileName(assemblyId), "application/pdf",
                documents.convocationPdf(actor, assemblyId));
        String reference = "governance:assembly:" + assemblyId + ":convocation";
        int sent = 0;
        try {
            for (String to : addresses) {
                mailer.send(actor, OutgoingMail.of(to, subject, text).withAttachment(pdf).withReference(reference));
                sent++;
            }
        } finally {
            if (sent > 0) {
                record(actor, assemblyId, sent, without + addresses.size() - sent, last.isPresent());
            }
        }
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
