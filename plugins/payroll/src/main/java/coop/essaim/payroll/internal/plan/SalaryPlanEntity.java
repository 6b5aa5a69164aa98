package coop.essaim.payroll.internal.plan;

import coop.essaim.api.money.Money;
import coop.essaim.payroll.api.SalaryPlan;
import coop.essaim.payroll.internal.Months;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Table PAY_SALARY_PLAN: a decided plan, never updated. */
@Entity(name = "PayrollSalaryPlan")
@Table(name = "PAY_SALARY_PLAN")
public class SalaryPlanEntity {

    @Id
    @SequenceGenerator(name = "PAY_SALARY_PLAN_SEQ", sequenceName = "PAY_SALARY_PLAN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAY_SALARY_PLAN_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    long activityId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "FIRST_MONTH", nullable = false, updatable = false)
    LocalDate firstMonth;
    @Column(name = "MONTHS", nullable = false, updatable = false)
    int months;
    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    String currency;
    @Column(name = "AVAILABLE_MINOR", updatable = false)
    Long availableMinor;
    @Column(name = "MONTHLY_BUDGET_MINOR", updatable = false)
    Long monthlyBudgetMinor;
    @Column(name = "HOURLY_COST_MINOR", updatable = false)
    Long hourlyCostMinor;
    @Column(name = "FIXED_GROSS_MINOR", updatable = false)
    Long fixedGrossMinor;
    @Column(name = "HOURS", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal hours;
    @Column(name = "REASON", updatable = false, length = 500)
    String reason;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected SalaryPlanEntity() {
    }

    SalaryPlanEntity(long cooperativeId, SalaryPlan plan) {
        this.cooperativeId = cooperativeId;
        this.activityId = plan.activityId();
        this.personId = plan.personId();
        this.firstMonth = Months.firstDay(plan.firstMonth());
        this.months = plan.months();
        Money any = plan.smoothed() ? plan.monthlyLoadedSalary() : plan.fixedGross();
        this.currency = any.currency().getCurrencyCode();
        this.availableMinor = minor(plan.available());
        this.monthlyBudgetMinor = minor(plan.monthlyLoadedSalary());
        this.hourlyCostMinor = minor(plan.loadedHourlyCost());
        this.fixedGrossMinor = minor(plan.fixedGross());
        this.hours = plan.hoursPerMonth();
        this.reason = plan.reason();
        this.createdAt = LocalDateTime.ofInstant(plan.decidedAt(), ZoneOffset.UTC);
        this.createdBy = plan.decidedBy();
    }

    SalaryPlan toRecord() {
        return new SalaryPlan(id, activityId, personId, Months.of(firstMonth), months, money(availableMinor),
                money(monthlyBudgetMinor), money(hourlyCostMinor), money(fixedGrossMinor), hours, reason,
                createdAt.toInstant(ZoneOffset.UTC), createdBy);
    }

    private Money money(Long minor) {
        return minor == null ? null : Money.of(minor, currency);
    }

    private static Long minor(Money money) {
        return money == null ? null : money.minorUnits();
    }
}
