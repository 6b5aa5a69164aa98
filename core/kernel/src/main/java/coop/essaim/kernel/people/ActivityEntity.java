package coop.essaim.kernel.people;

import coop.essaim.api.people.ActivityStatus;
import coop.essaim.kernel.persistence.AuditStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** Table ACTIVITY: an economic unit with its own analytic account (ANALYTIC_CODE, unique per cooperative). */
@Entity(name = "Activity")
@Table(name = "ACTIVITY")
public class ActivityEntity {

    @Id
    @SequenceGenerator(name = "ACTIVITY_SEQ", sequenceName = "ACTIVITY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACTIVITY_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_NAME", nullable = false, length = 120)
    private String name;

    @Column(name = "BRAND", length = 120)
    private String brand;

    @Column(name = "TRADE", nullable = false, length = 80)
    private String trade;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate start;

    @Column(name = "END_DATE")
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTIVITY_STATUS", nullable = false, length = 20)
    private ActivityStatus status;

    @Column(name = "ANALYTIC_CODE", nullable = false, updatable = false, length = 20)
    private String analyticCode;

    @Embedded
    private AuditStamp stamp;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected ActivityEntity() {
        // for JPA
    }

    public ActivityEntity(long cooperativeId, String name, String brand, String trade, LocalDate start,
                          String analyticCode, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.name = name;
        this.brand = brand;
        this.trade = trade;
        this.start = start;
        this.analyticCode = analyticCode;
        this.status = ActivityStatus.ACTIVE;
        this.stamp = AuditStamp.created(now, by);
    }

    public void close(LocalDate on, Instant now, String by) {
        this.end = on;
        this.status = ActivityStatus.CLOSED;
        touched(now, by);
    }

    public void touched(Instant now, String by) {
        this.stamp = stamp.touched(now, by);
    }

    public Long getId() {
        return id;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public String getName() {
        return name;
    }

    public String getBrand() {
        return brand;
    }

    public String getTrade() {
        return trade;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getAnalyticCode() {
        return analyticCode;
    }

    public Instant getCreatedAt() {
        return stamp.createdAt();
    }
}
