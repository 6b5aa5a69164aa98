package coop.essaim.payroll.internal.run;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.internal.Months;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Table PAY_PAYSLIP: a payslip of a run, with the situation it was computed for, so that it reads back exactly
 * as computed whatever changes later; only {@code entryId} is set afterwards, when the run is validated.
 */
@Entity(name = "PayrollPayslip")
@Table(name = "PAY_PAYSLIP")
public class PayslipEntity {

    @Id
    @SequenceGenerator(name = "PAY_PAYSLIP_SEQ", sequenceName = "PAY_PAYSLIP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAY_PAYSLIP_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "RUN_ID", nullable = false, updatable = false)
    long runId;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "PAY_MONTH", nullable = false, updatable = false)
    LocalDate month;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "PERSON_USER_ID", updatable = false)
    Long personUserId;
    @Column(name = "PERSON_NAME", nullable = false, updatable = false, length = 200)
    String personName;
    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    long activityId;
    @Column(name = "ACTIVITY_NAME", nullable = false, updatable = false, length = 200)
    String activityName;
    @Column(name = "PLAN_ID", updatable = false)
    Long planId;
    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    String currency;
    @Column(name = "BUDGET_MINOR", updatable = false)
    Long budgetMinor;
    @Column(name = "PLANNED_HOURS", updatable = false, precision = 7, scale = 2)
    BigDecimal plannedHours;
    @Column(name = "HOURS", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal hours;
    @Column(name = "EXECUTIVE", nullable = false, updatable = false)
    boolean executive;
    @Column(name = "HEADCOUNT", nullable = false, updatable = false)
    int headcount;
    @Column(name = "ACCIDENT_RATE", nullable = false, updatable = false, precision = 6, scale = 3)
    BigDecimal accidentRate;
    @Column(name = "WITHHOLDING_RATE", updatable = false, precision = 5, scale = 2)
    BigDecimal withholdingRate;
    @Column(name = "COUNTRY", nullable = false, updatable = false, length = 2)
    String country;
    @Column(name = "EDITION", nullable = false, updatable = false, length = 40)
    String edition;
    @Column(name = "GROSS_MINOR", nullable = false, updatable = false)
    long grossMinor;
    @Column(name = "NET_BEFORE_TAX_MINOR", nullable = false, updatable = false)
    long netBeforeTaxMinor;
    @Column(name = "NET_TAXABLE_MINOR", nullable = false, updatable = false)
    long netTaxableMinor;
    @Column(name = "WITHHOLDING_MINOR", nullable = false, updatable = false)
    long withholdingMinor;
    @Column(name = "NET_PAID_MINOR", nullable = false, updatable = false)
    long netPaidMinor;
    @Column(name = "EMPLOYER_COST_MINOR", nullable = false, updatable = false)
    long employerCostMinor;
    @Column(name = "ENTRY_ID")
    Long entryId;
    @OneToMany(mappedBy = "payslip", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<PayslipLineEntity> lines = new ArrayList<>();

    protected PayslipEntity() {
    }

    PayslipEntity(long runId, long cooperativeId, PayslipDraft draft) {
        this.runId = runId;
        this.cooperativeId = cooperativeId;
        Payslip p = draft.payslip();
        this.month = Months.firstDay(p.month());
        this.personId = draft.personId();
        this.personUserId = draft.personUserId();
        this.personName = draft.personName();
        this.activityId = draft.activityId();
        this.activityName = draft.activityName();
        this.planId = draft.planId();
        this.currency = p.gross().currency().getCurrencyCode();
        this.budgetMinor = draft.budget() == null ? null : draft.budget().minorUnits();
        this.plannedHours = draft.plannedHours();
        EmployeeSituation s = p.situation();
        this.hours = s.monthlyHours();
        this.executive = s.executive();
        this.headcount = s.headcount();
        this.accidentRate = s.accidentRatePercent();
        this.withholdingRate = s.withholdingRatePercent();
        this.country = p.country();
        this.edition = p.parameterEdition();
        this.grossMinor = p.gross().minorUnits();
        this.netBeforeTaxMinor = p.netBeforeIncomeTax().minorUnits();
        this.netTaxableMinor = p.netTaxable().minorUnits();
        this.withholdingMinor = p.withholding().minorUnits();
        this.netPaidMinor = p.netPaid().minorUnits();
        this.employerCostMinor = p.employerCost().minorUnits();
        for (int i = 0; i < p.lines().size(); i++) {
            lines.add(new PayslipLineEntity(this, i, p.lines().get(i)));
        }
    }

    /** The one change a payslip ever gets, through the entity's own method so the weaver tracks it. */
    void postedAs(long entry) {
        this.entryId = entry;
    }

    PayslipRecord toRecord() {
        return toRecord(List.of());
    }

    PayslipRecord toRecord(List<Long> jobIds) {
        Currency c = Currency.getInstance(currency);
        EmployeeSituation situation = new EmployeeSituation(hours, executive, headcount, accidentRate, 0,
                withholdingRate, Map.of());
        Payslip payslip = new Payslip(country, Months.of(month), situation, Money.of(grossMinor, c),
                lines.stream().map(l -> l.toRecord(c)).toList(), Money.of(netBeforeTaxMinor, c),
                Money.of(netTaxableMinor, c), Money.of(withholdingMinor, c), Money.of(netPaidMinor, c),
                Money.of(employerCostMinor, c), edition);
        return new PayslipRecord(id, runId, Months.of(month), personId, personName, activityId, activityName, planId,
                budgetMinor == null ? null : Money.of(budgetMinor, c), plannedHours, payslip, entryId, jobIds);
    }
}
