package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Table GOV_RESOLUTION: a resolution of an assembly and the state of its vote. */
@Entity(name = "GovernanceResolution")
@Table(name = "GOV_RESOLUTION")
public class ResolutionEntity {

    @Id
    @SequenceGenerator(name = "GOV_RESOLUTION_SEQ", sequenceName = "GOV_RESOLUTION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_RESOLUTION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "ASSEMBLY_ID", nullable = false, updatable = false)
    long assemblyId;
    @Column(name = "POSITION", nullable = false, updatable = false)
    int position;
    @Column(name = "TEXT", nullable = false, updatable = false, length = 4000)
    String text;
    @Column(name = "MAJORITY", nullable = false, updatable = false, length = 10)
    String majority;
    @Column(name = "SECRET", nullable = false, updatable = false)
    boolean secret;
    @Column(name = "STATE", nullable = false, length = 6)
    String state;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected ResolutionEntity() {
    }

    /** Through a method of the entity, so the woven change tracking sees it. */
    void moveTo(String next) {
        state = next;
    }
}
