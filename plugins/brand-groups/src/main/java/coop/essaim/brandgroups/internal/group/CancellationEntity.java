package coop.essaim.brandgroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table BG_CANCELLATION: never updated once written (see the migration). */
@Entity(name = "BrandGroupCancellation")
@Table(name = "BG_CANCELLATION")
public class CancellationEntity {

    @Id
    @SequenceGenerator(name = "BG_CANCELLATION_SEQ", sequenceName = "BG_CANCELLATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BG_CANCELLATION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "SPLIT_ID", updatable = false)
    long splitId;
    @Column(name = "REASON", updatable = false)
    String reason;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected CancellationEntity() {
    }
}
