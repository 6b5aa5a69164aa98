package coop.essaim.kernel.mail;

import coop.essaim.api.mail.AttachmentSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table MAIL_SENDING_ATTACHMENT: the name, type and size of a sent file (its content is not kept). */
@Entity(name = "MailSendingAttachment")
@Table(name = "MAIL_SENDING_ATTACHMENT")
public class MailSendingAttachmentEntity {

    @Id
    @SequenceGenerator(name = "MAIL_SENDING_ATTACHMENT_SEQ", sequenceName = "MAIL_SENDING_ATTACHMENT_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MAIL_SENDING_ATTACHMENT_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "SENDING_ID", nullable = false, updatable = false)
    private long sendingId;

    @Column(name = "PART_NO", nullable = false, updatable = false)
    private int partNo;

    @Column(name = "FILE_NAME", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, updatable = false, length = 200)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long sizeBytes;

    protected MailSendingAttachmentEntity() {
        // for JPA
    }

    MailSendingAttachmentEntity(long sendingId, int partNo, String fileName, String contentType, long sizeBytes) {
        this.sendingId = sendingId;
        this.partNo = partNo;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    long getSendingId() {
        return sendingId;
    }

    AttachmentSummary toRecord() {
        return new AttachmentSummary(fileName, contentType, sizeBytes);
    }
}
