package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table GOV_ASSEMBLY: a general assembly and its agenda. */
@Entity(name = "GovernanceAssembly")
@Table(name = "GOV_ASSEMBLY")
public class AssemblyEntity {

    @Id
    @SequenceGenerator(name = "GOV_ASSEMBLY_SEQ", sequenceName = "GOV_ASSEMBLY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_ASSEMBLY_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "KIND", nullable = false, updatable = false, length = 13)
    String kind;
    @Column(name = "HELD_ON", nullable = false, updatable = false)
    LocalDate heldOn;
    @Column(name = "PLACE", nullable = false, updatable = false, length = 200)
    String place;
    @Column(name = "AGENDA", nullable = false, updatable = false, length = 4000)
    String agenda;
    @Column(name = "FIRST_CONVOCATION_ID", updatable = false)
    Long firstConvocationId;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected AssemblyEntity() {
    }
}
