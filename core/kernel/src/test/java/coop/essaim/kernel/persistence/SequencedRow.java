package coop.essaim.kernel.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row whose id comes from a database sequence in blocks of 50, as every Essaim entity's does. */
@Entity
@Table(name = "TSEQ_ROW")
public class SequencedRow {

    @Id
    @SequenceGenerator(name = "TSEQ_ROW_SEQ", sequenceName = "TSEQ_ROW_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TSEQ_ROW_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "BODY", nullable = false, length = 50)
    private String body;

    protected SequencedRow() {
    }

    public SequencedRow(String body) {
        this.body = body;
    }

    public Long getId() {
        return id;
    }
}
