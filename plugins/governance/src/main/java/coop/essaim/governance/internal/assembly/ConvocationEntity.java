package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table GOV_CONVOCATION: one sending of an assembly's convocation; rows are only added. */
@Entity(name = "GovernanceConvocation")
@Table(name = "GOV_CONVOCATION")
public class ConvocationEntity {

    @Id
    @SequenceGenerator(name = "GOV_CONVOCATION_SEQ", sequenceName = "GOV_CONVOCATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_CONVOCATION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "ASSEMBLY_ID", nullable = false, updatable = false)
    long assemblyId;
    @Column(name = "SENT_AT", nullable = false, updatable = false)
    LocalDateTime sentAt;
    @Column(name = "SENT_BY", nullable = false, updatable = false, length = 40)
    String sentBy;
    @Column(name = "RECIPIENTS", nullable = false, updatable = false)
    int recipients;
    @Column(name = "WITHOUT_ADDRESS", nullable = false, updatable = false)
    int withoutAddress;
    @Column(name = "RESEND", nullable = false, updatable = false)
    boolean resend;

    protected ConvocationEntity() {
    }
}
