package coop.essaim.testmodules.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A test module's entity: its table comes from the module's migration, never from DDL generation. */
@Entity
@Table(name = "TNOTE_NOTE")
public class NoteEntity {

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false)
    private long cooperativeId;

    @Column(name = "BODY", nullable = false, length = 200)
    private String body;

    protected NoteEntity() {
    }

    public NoteEntity(long id, long cooperativeId, String body) {
        this.id = id;
        this.cooperativeId = cooperativeId;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }
}
