package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.WorkshopDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.stream.Collectors;

/** Table ACC_WORKSHOP: one entry of the catalogue, a workshop or a monthly meeting. */
@Entity(name = "AccompanimentWorkshop")
@Table(name = "ACC_WORKSHOP")
public class WorkshopEntity {

    @Id
    @SequenceGenerator(name = "ACC_WORKSHOP_SEQ", sequenceName = "ACC_WORKSHOP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACC_WORKSHOP_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "KIND", nullable = false, length = 20)
    String kind;
    @Column(name = "TITLE", nullable = false, length = 120)
    String title;
    @Column(name = "DESCRIPTION", length = 4000)
    String description;
    @Column(name = "AUDIENCE", length = 40)
    String audience;
    @Column(name = "DURATION_MINUTES", nullable = false)
    int durationMinutes;
    @Column(name = "CAPACITY", nullable = false)
    int capacity;
    @Column(name = "ONLINE", nullable = false)
    boolean online;
    @Column(name = "ESTABLISHMENT_ID")
    Long establishmentId;
    /** One user id a line. */
    @Column(name = "TRAINER_USER_IDS", nullable = false, length = 200)
    String trainerUserIds;
    @Column(name = "ACTIVE", nullable = false)
    boolean active;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    String updatedBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected WorkshopEntity() {
    }

    WorkshopEntity(long cooperativeId, LocalDateTime now, String login) {
        this.cooperativeId = cooperativeId;
        this.createdAt = now;
        this.createdBy = login;
        this.updatedAt = now;
        this.updatedBy = login;
    }

    // changes go through these methods: the woven entity tracks what its own methods set

    void define(WorkshopDraft d) {
        kind = d.kind().name();
        title = d.title();
        description = d.description();
        audience = d.audience();
        durationMinutes = d.durationMinutes();
        capacity = d.capacity();
        online = d.online();
        establishmentId = d.establishmentId();
        trainerUserIds = d.trainerUserIds().stream().map(String::valueOf).collect(Collectors.joining("\n"));
        active = d.active();
    }

    void touched(LocalDateTime now, String login) {
        updatedAt = now;
        updatedBy = login;
    }
}
