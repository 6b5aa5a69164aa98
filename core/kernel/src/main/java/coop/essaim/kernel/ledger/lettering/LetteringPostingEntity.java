package coop.essaim.kernel.ledger.lettering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table LEDGER_LETTERING_POSTING: a posting in a match. Keyed by the posting, so the database itself refuses a
 * posting in two matches (two accountants lettering it at once).
 */
@Entity(name = "LedgerLetteringPosting")
@Table(name = "LEDGER_LETTERING_POSTING")
public class LetteringPostingEntity {

    @Id
    @Column(name = "POSTING_ID", updatable = false)
    private Long postingId;

    @Column(name = "LETTERING_ID", nullable = false, updatable = false)
    private long letteringId;

    protected LetteringPostingEntity() {
        // for JPA
    }

    LetteringPostingEntity(long postingId, long letteringId) {
        this.postingId = postingId;
        this.letteringId = letteringId;
    }
}
