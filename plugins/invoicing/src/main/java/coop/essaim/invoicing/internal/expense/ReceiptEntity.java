package coop.essaim.invoicing.internal.expense;

import coop.essaim.invoicing.api.Receipt;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

/** Table INV_RECEIPT: a receipt's file (BLOB on Derby, BYTEA on PostgreSQL). Never changed. */
@Entity(name = "InvoicingReceipt")
@Table(name = "INV_RECEIPT")
public class ReceiptEntity {

    @Id
    @SequenceGenerator(name = "INV_RECEIPT_SEQ", sequenceName = "INV_RECEIPT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_RECEIPT_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "FILE_NAME", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, updatable = false, length = 40)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected ReceiptEntity() {
        // for JPA
    }

    public ReceiptEntity(long cooperativeId, String fileName, String mediaType, byte[] content, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content.clone();
        this.createdAt = Audit.column(now);
        this.createdBy = login;
    }

    public Long getId() {
        return id;
    }

    long getCooperativeId() {
        return cooperativeId;
    }

    public Receipt toRecord() {
        return new Receipt(fileName, mediaType, content);
    }
}
