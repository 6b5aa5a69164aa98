package coop.essaim.kernel.ledger;

import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Table LEDGER_ENTRY. Invariant: a row is never updated or deleted once inserted. There is no setter and
 * every column is {@code updatable = false}, so even a managed instance changed by mistake is never written.
 */
@Entity(name = "LedgerEntry")
@Table(name = "LEDGER_ENTRY")
public class LedgerEntryEntity {

    @Id
    @SequenceGenerator(name = "LEDGER_ENTRY_SEQ", sequenceName = "LEDGER_ENTRY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LEDGER_ENTRY_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "CHAIN_SEQ", nullable = false, updatable = false)
    private long chainSeq;

    @Column(name = "JOURNAL_CODE", nullable = false, updatable = false, length = 20)
    private String journalCode;

    @Column(name = "FISCAL_YEAR", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "ENTRY_NUMBER", nullable = false, updatable = false)
    private long number;

    @Column(name = "ENTRY_DATE", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Column(name = "PIECE_REF", updatable = false, length = 100)
    private String pieceReference;

    @Column(name = "PIECE_DATE", updatable = false)
    private LocalDate pieceDate;

    @Column(name = "ENTRY_LABEL", nullable = false, updatable = false, length = 200)
    private String label;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, updatable = false, length = 120)
    private String idempotencyKey;

    @Column(name = "REVERSES_ENTRY_ID", updatable = false)
    private Long reversesEntryId;

    @Column(name = "ENTRY_HASH", nullable = false, updatable = false, length = 64)
    private String hash;

    @Column(name = "PREVIOUS_HASH", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected LedgerEntryEntity() {
        // for JPA
    }

    /** {@code content} is the validated entry; {@code hash} was computed over it ({@link EntryHash}). */
    LedgerEntryEntity(EntryContent content, String hash, Instant at, String by) {
        this.cooperativeId = content.cooperativeId();
        this.chainSeq = content.chainSeq();
        this.journalCode = content.journal();
        this.fiscalYear = content.fiscalYear();
        this.number = content.number();
        this.entryDate = content.date();
        this.pieceReference = content.pieceReference();
        this.pieceDate = content.pieceDate();
        this.label = content.label();
        this.idempotencyKey = content.idempotencyKey();
        this.reversesEntryId = content.reversesEntryId();
        this.previousHash = content.previousHash();
        this.hash = hash;
        this.createdAt = Timestamps.toColumn(at);
        this.createdBy = by;
    }

    public Long getId() {
        return id;
    }

    long chainSeq() {
        return chainSeq;
    }

    String hash() {
        return hash;
    }

    /** The content as stored, with {@code lines} read from LEDGER_POSTING. */
    EntryContent content(java.util.List<EntryContent.Line> lines) {
        return new EntryContent(cooperativeId, chainSeq, journalCode, fiscalYear, number, entryDate,
                pieceReference, pieceDate, label, idempotencyKey, reversesEntryId, previousHash, lines);
    }

    Instant createdAt() {
        return Timestamps.fromColumn(createdAt);
    }

    String createdBy() {
        return createdBy;
    }
}
