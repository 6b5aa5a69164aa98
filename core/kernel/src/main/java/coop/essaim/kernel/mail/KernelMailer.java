package coop.essaim.kernel.mail;

import coop.essaim.api.mail.AttachmentSummary;
import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.MailPermissions;
import coop.essaim.api.mail.MailSender;
import coop.essaim.api.mail.MailStatus;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.mail.SentMail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.kernel.settings.KernelCooperativeSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The {@link Mailer} service: checks the mail, sends it through the cooperative's SMTP server (settings of
 * {@link MailSettingDefinitions}) and records the sending, sent or failed, in MAIL_SENDING. The record is
 * written after the server answered, in its own transaction: a mail is never held back by the database.
 */
public final class KernelMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(KernelMailer.class);

    private final ModuleStore store;
    private final KernelCooperativeSettings settings;
    private final Clock clock;
    private final MailLibraries libraries = new MailLibraries();

    public KernelMailer(ModuleStore store, KernelCooperativeSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SentMail send(UserContext actor, OutgoingMail mail) {
        return send(actor, mail, null);
    }

    @Override
    public SentMail send(UserContext actor, OutgoingMail given, MailSender onBehalfOf) {
        Objects.requireNonNull(actor, "actor");
        if (given == null) {
            throw FieldErrors.single(actor.locale(), "mail", "validation.required");
        }
        MailChecks.checkSender(onBehalfOf, actor.locale());
        // the mail's own Reply-To wins: the caller chose it for this one mail
        OutgoingMail mail = onBehalfOf == null || onBehalfOf.replyTo() == null || onBehalfOf.replyTo().isBlank()
                || given.replyTo() != null && !given.replyTo().isBlank() ? given
                : given.withReplyTo(onBehalfOf.replyTo().strip());
        MailChecks.check(mail, actor.locale());
        SmtpServer server = SmtpServer.of(settings, actor.cooperativeId(), actor.locale())
                .onBehalfOf(onBehalfOf == null ? null : onBehalfOf.name(), actor.locale());
        Instant now = clock.instant();
        try {
            libraries.call(() -> {
                deliver(server, mail, now);
                return null;
            });
        } catch (MessagingException e) {
            SmtpFailure failure = SmtpFailure.of(e, server);
            LOG.warn("cooperative {}: {} refused the mail '{}' sent by {}: {}", actor.cooperativeId(), server,
                    mail.subject(), actor.login(), failure.reason());
            record(actor, mail, now, MailStatus.FAILED, failure.reason());
            throw failure.refusal(actor.locale());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("sending a mail failed unexpectedly", e);
        }
        return record(actor, mail, now, MailStatus.SENT, null);
    }

    private void deliver(SmtpServer server, OutgoingMail mail, Instant now)
            throws MessagingException, UnsupportedEncodingException {
        Session session = Session.getInstance(server.sessionProperties());
        MimeMessage message = MimeMessages.build(session, server, mail, now);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(server.host(), server.port(), server.user(), server.password());
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    private SentMail record(UserContext actor, OutgoingMail mail, Instant now, MailStatus status, String failure) {
        String reference = mail.reference() == null || mail.reference().isBlank() ? null : mail.reference().strip();
        String replyTo = mail.replyTo() == null || mail.replyTo().isBlank() ? null : mail.replyTo().strip();
        return store.inTransaction(em -> {
            MailSendingEntity sending = new MailSendingEntity(actor.cooperativeId(), actor.userId(), actor.login(),
                    now, strip(mail.to()), strip(mail.cc()), replyTo, mail.subject().strip(), status, failure,
                    reference);
            em.persist(sending);
            em.flush();
            List<AttachmentSummary> summaries = new ArrayList<>();
            for (int i = 0; i < mail.attachments().size(); i++) {
                MailAttachment a = mail.attachments().get(i);
                em.persist(new MailSendingAttachmentEntity(sending.getId(), i, a.fileName().strip(),
                        a.contentType().strip(), a.size()));
                summaries.add(new AttachmentSummary(a.fileName().strip(), a.contentType().strip(), a.size()));
            }
            return sending.toRecord(summaries);
        });
    }

    @Override
    public List<SentMail> history(UserContext actor, String reference) {
        if (reference == null || reference.isBlank()) {
            throw FieldErrors.single(actor.locale(), "reference", "validation.required");
        }
        boolean all = actor.can(MailPermissions.HISTORY);
        return store.read(em -> {
            TypedQuery<MailSendingEntity> q = em.createQuery("select m from MailSending m"
                    + " where m.cooperativeId = :coop and m.reference = :ref"
                    + (all ? "" : " and m.sentByUserId = :user")
                    + " order by m.sentAt desc, m.id desc", MailSendingEntity.class)
                    .setParameter("coop", actor.cooperativeId()).setParameter("ref", reference.strip());
            if (!all) {
                q.setParameter("user", actor.userId());
            }
            return withAttachments(em, q.setMaxResults(MAX_HISTORY).getResultList());
        });
    }

    @Override
    public List<SentMail> recent(UserContext actor, int limit) {
        actor.require(MailPermissions.HISTORY);
        int n = Math.max(1, Math.min(limit, MAX_HISTORY));
        return store.read(em -> withAttachments(em, em.createQuery("select m from MailSending m"
                        + " where m.cooperativeId = :coop order by m.sentAt desc, m.id desc", MailSendingEntity.class)
                .setParameter("coop", actor.cooperativeId()).setMaxResults(n).getResultList()));
    }

    /** One query for the attachments of the whole page of sendings. */
    private static List<SentMail> withAttachments(EntityManager em, List<MailSendingEntity> sendings) {
        if (sendings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttachmentSummary>> byId = em.createQuery("select a from MailSendingAttachment a"
                        + " where a.sendingId in :ids order by a.sendingId, a.partNo", MailSendingAttachmentEntity.class)
                .setParameter("ids", sendings.stream().map(MailSendingEntity::getId).toList())
                .getResultList().stream().collect(Collectors.groupingBy(MailSendingAttachmentEntity::getSendingId,
                        Collectors.mapping(MailSendingAttachmentEntity::toRecord, Collectors.toList())));
        return sendings.stream().map(s -> s.toRecord(byId.getOrDefault(s.getId(), List.of()))).toList();
    }

    private static List<String> strip(List<String> addresses) {
        return addresses.stream().map(String::strip).toList();
    }
}
