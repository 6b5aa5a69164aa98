package coop.essaim.payroll.internal.job;

import coop.essaim.api.money.Money;
import coop.essaim.payroll.internal.Months;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Table PAY_JOB: a declared short job; only the cancellation columns are ever set afterwards. */
@Entity(name = "PayrollShortJob")
@Table(name = "PAY_JOB")
public class ShortJobEntity {

    @Id
    @SequenceGenerator(name = "PAY_JOB_SEQ", sequenceName = "PAY_JOB_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAY_JOB_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    long activityId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "PAY_MONTH", nullable = false, updatable = false)
    LocalDate month;
    @Column(name = "FIRST_DAY", nullable = false, updatable = false)
    LocalDate firstDay;
    @Column(name = "LAST_DAY", nullable = false, updatable = false)
    LocalDate lastDay;
    @Column(name = "HOURS", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal hours;
    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    String currency;
    @Column(name = "GROSS_MINOR", nullable = false, updatable = false)
    long grossMinor;
    @Column(name = "EMPLOYER_COST_MINOR", nullable = false, updatable = false)
    long employerCostMinor;
    @Column(name = "DESCRIPTION", nullable = false, updatable = false, length = 200)
    String description;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Column(name = "CANCELLED_AT")
    LocalDateTime cancelledAt;
    @Column(name = "CANCELLED_BY", length = 40)
    String cancelledBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected ShortJobEntity() {
    }

    ShortJobEntity(long cooperativeId, ShortJobDraft draft, Money employerCost, Instant at, String by) {
        this.cooperativeId = cooperativeId;
        this.activityId = draft.activityId();
        this.personId = draft.personId();
        this.month = Months.firstDay(java.time.YearMonth.from(draft.firstDay()));
        this.firstDay = draft.firstDay();
        this.lastDay = draft.lastDay();
        this.hours = draft.hours();
        this.currency = draft.gross().currency().getCurrencyCode();
        this.grossMinor = draft.gross().minorUnits();
        this.employerCostMinor = employerCost.minorUnits();
        this.description = draft.description();
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.createdBy = by;
    }

    /** The one change a job ever gets, through the entity's own method so the weaver tracks it. */
    void cancel(Instant at, String by) {
        this.cancelledAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.cancelledBy = by;
    }

    ShortJob toRecord(boolean paid) {
        ShortJob.Status status = cancelledAt != null ? ShortJob.Status.CANCELLED
                : paid ? ShortJob.Status.PAID : ShortJob.Status.DECLARED;
        return new ShortJob(id, activityId, personId, firstDay, lastDay, hours, Money.of(grossMinor, currency),
                Money.of(employerCostMinor, currency), description, createdAt.toInstant(ZoneOffset.UTC), createdBy,
                cancelledAt == null ? null : cancelledAt.toInstant(ZoneOffset.UTC), cancelledBy, status);
    }
}
