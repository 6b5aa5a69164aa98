package coop.essaim.kernel.mail;

import coop.essaim.api.mail.AttachmentSummary;
import coop.essaim.api.mail.MailStatus;
import coop.essaim.api.mail.SentMail;
import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** Table MAIL_SENDING: one sending; rows are never changed. Addresses are kept one a line. */
@Entity(name = "MailSending")
@Table(name = "MAIL_SENDING")
public class MailSendingEntity {

    @Id
    @SequenceGenerator(name = "MAIL_SENDING_SEQ", sequenceName = "MAIL_SENDING_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MAIL_SENDING_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "SENT_BY_USER_ID", nullable = false, updatable = false)
    private long sentByUserId;

    @Column(name = "SENT_BY", nullable = false, updatable = false, length = 100)
    private String sentBy;

    @Column(name = "SENT_AT", nullable = false, updatable = false)
    private LocalDateTime sentAt;

    @Column(name = "RECIPIENTS_TO", nullable = false, updatable = false, length = 6000)
    private String recipientsTo;

    @Column(name = "RECIPIENTS_CC", updatable = false, length = 6000)
    private String recipientsCc;

    @Column(name = "REPLY_TO", updatable = false, length = 320)
    private String replyTo;

    @Column(name = "SUBJECT", nullable = false, updatable = false, length = 250)
    private String subject;

    @Column(name = "STATUS", nullable = false, updatable = false, length = 10)
    private String status;

    @Column(name = "FAILURE", updatable = false, length = 1000)
    private String failure;

    @Column(name = "MAIL_REFERENCE", updatable = false, length = 200)
    private String reference;

    protected MailSendingEntity() {
        // for JPA
    }

    MailSendingEntity(long cooperativeId, long sentByUserId, String sentBy, Instant sentAt, List<String> to,
                      List<String> cc, String replyTo, String subject, MailStatus status, String failure,
                      String reference) {
        this.cooperativeId = cooperativeId;
        this.sentByUserId = sentByUserId;
        this.sentBy = sentBy;
        this.sentAt = Timestamps.toColumn(sentAt);
        this.recipientsTo = String.join("\n", to);
        this.recipientsCc = cc.isEmpty() ? null : String.join("\n", cc);
        this.replyTo = replyTo;
        this.subject = subject;
        this.status = status.name();
        this.failure = failure;
        this.reference = reference;
    }

    Long getId() {
        return id;
    }

    SentMail toRecord(List<AttachmentSummary> attachments) {
        return new SentMail(id, cooperativeId, sentByUserId, sentBy, Timestamps.fromColumn(sentAt), lines(recipientsTo),
                lines(recipientsCc), replyTo, subject, attachments, MailStatus.valueOf(status), failure, reference);
    }

    private static List<String> lines(String column) {
        return column == null ? List.of() : Arrays.asList(column.split("\n"));
    }
}
