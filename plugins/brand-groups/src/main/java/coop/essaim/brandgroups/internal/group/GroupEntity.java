package coop.essaim.brandgroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table BG_GROUP: never updated once written (see the migration). */
@Entity(name = "BrandGroup")
@Table(name = "BG_GROUP")
public class GroupEntity {

    @Id
    @SequenceGenerator(name = "BG_GROUP_SEQ", sequenceName = "BG_GROUP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BG_GROUP_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "ACTIVITY_ID", updatable = false)
    long activityId;
    @Column(name = "BRAND_NAME", updatable = false)
    String brand;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected GroupEntity() {
    }
}
