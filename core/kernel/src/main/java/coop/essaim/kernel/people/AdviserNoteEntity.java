package coop.essaim.kernel.people;

import coop.essaim.api.people.AdviserNote;
import coop.essaim.kernel.persistence.CreationStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Table PERSON_NOTE: a private note of the support staff. Append-only. */
@Entity(name = "AdviserNote")
@Table(name = "PERSON_NOTE")
public class AdviserNoteEntity {

    @Id
    @SequenceGenerator(name = "PERSON_NOTE_SEQ", sequenceName = "PERSON_NOTE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PERSON_NOTE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    private long personId;

    @Column(name = "NOTE_TEXT", nullable = false, updatable = false, length = 4000)
    private String text;

    @Embedded
    private CreationStamp created;


    protected AdviserNoteEntity() {
        // for JPA
    }

    public AdviserNoteEntity(long cooperativeId, long personId, String text, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.text = text;
        this.created = new CreationStamp(now, by);
    }

    public AdviserNote toRecord() {
        return new AdviserNote(id, personId, text, created.at(), created.by());
    }
}
