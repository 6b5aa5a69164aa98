package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Table GOV_ATTENDANCE: an associate's presence at an assembly, and who holds their proxy. */
@Entity(name = "GovernanceAttendance")
@Table(name = "GOV_ATTENDANCE")
public class AttendanceEntity {

    @Id
    @SequenceGenerator(name = "GOV_ATTENDANCE_SEQ", sequenceName = "GOV_ATTENDANCE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_ATTENDANCE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "ASSEMBLY_ID", nullable = false, updatable = false)
    long assemblyId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "PRESENCE", nullable = false, length = 11)
    String presence;
    @Column(name = "PROXY_HOLDER_ID")
    Long proxyHolderId;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected AttendanceEntity() {
    }

    /** Through a method of the entity, so the woven change tracking sees it. */
    void mark(String next, Long holder) {
        presence = next;
        proxyHolderId = holder;
    }
}
