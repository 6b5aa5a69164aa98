package coop.essaim.governance.internal.admission;

import coop.essaim.governance.api.Candidacy;
import coop.essaim.governance.api.CandidacyStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table GOV_CANDIDACY: a candidacy and the dated decisions of its steps. */
@Entity(name = "GovernanceCandidacy")
@Table(name = "GOV_CANDIDACY")
public class CandidacyEntity {

    @Id
    @SequenceGenerator(name = "GOV_CANDIDACY_SEQ", sequenceName = "GOV_CANDIDACY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_CANDIDACY_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "LETTER", nullable = false, updatable = false, length = 4000)
    String letter;
    @Column(name = "SUBMITTED_ON", nullable = false, updatable = false)
    LocalDate submittedOn;
    @Column(name = "BOARD_FIRST", nullable = false, updatable = false)
    boolean boardFirst;
    @Column(name = "STAGE", nullable = false, length = 14)
    String stage;
    @Column(name = "BOARD_DECIDED_ON")
    LocalDate boardDecidedOn;
    @Column(name = "BOARD_APPROVED")
    Boolean boardApproved;
    @Column(name = "BOARD_REASONS", length = 2000)
    String boardReasons;
    @Column(name = "ASSEMBLY_DECIDED_ON")
    LocalDate assemblyDecidedOn;
    @Column(name = "ASSEMBLY_APPROVED")
    Boolean assemblyApproved;
    @Column(name = "ASSEMBLY_REASONS", length = 2000)
    String assemblyReasons;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected CandidacyEntity() {
    }

    CandidacyEntity(long cooperativeId, long personId, String letter, LocalDate submittedOn, boolean boardFirst,
                    LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.letter = letter;
        this.submittedOn = submittedOn;
        this.boardFirst = boardFirst;
        this.stage = (boardFirst ? CandidacyStage.BOARD_REVIEW : CandidacyStage.ASSEMBLY_VOTE).name();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void board(boolean approved, String reasons, LocalDate on) {
        boardApproved = approved;
        boardReasons = reasons;
        boardDecidedOn = on;
        stage = (approved ? CandidacyStage.ASSEMBLY_VOTE : CandidacyStage.REJECTED).name();
    }

    void assembly(boolean approved, String reasons, LocalDate on) {
        assemblyApproved = approved;
        assemblyReasons = reasons;
        assemblyDecidedOn = on;
        stage = (approved ? CandidacyStage.ACCEPTED : CandidacyStage.REJECTED).name();
    }

    Candidacy toCandidacy() {
        return new Candidacy(id, personId, letter, submittedOn, boardFirst, CandidacyStage.valueOf(stage),
                boardDecidedOn, boardApproved, boardReasons, assemblyDecidedOn, assemblyApproved, assemblyReasons);
    }
}
