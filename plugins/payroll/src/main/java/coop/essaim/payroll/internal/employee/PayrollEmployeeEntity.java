package coop.essaim.payroll.internal.employee;

import coop.essaim.api.payroll.Household;
import coop.essaim.payroll.api.EmployeeFacts;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Table PAY_EMPLOYEE: what payroll needs of a person beyond the person file. */
@Entity(name = "PayrollEmployee")
@Table(name = "PAY_EMPLOYEE")
public class PayrollEmployeeEntity {

    @Id
    @Column(name = "PERSON_ID")
    Long personId;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "EXECUTIVE", nullable = false)
    boolean executive;
    @Column(name = "WITHHOLDING_RATE", precision = 5, scale = 2)
    BigDecimal withholdingRate;
    @Column(name = "IBAN", length = 34)
    String iban;
    @Column(name = "BIC", length = 11)
    String bic;
    @Column(name = "HOUSEHOLD", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    Household household = Household.SINGLE;
    @Column(name = "DEPENDANTS", nullable = false)
    int dependants;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    String updatedBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected PayrollEmployeeEntity() {
    }

    /** Through the entity's own method, so the weaver tracks the change. */
    void change(boolean isExecutive, BigDecimal rate, String account, String bank, Household tax, int children,
                LocalDateTime at, String by) {
        this.executive = isExecutive;
        this.household = tax;
        this.dependants = children;
        this.withholdingRate = rate;
        this.iban = account;
        this.bic = bank;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    EmployeeFacts facts() {
        return new EmployeeFacts(personId, executive, withholdingRate, iban, bic, household, dependants);
    }

    PayrollEmployeeEntity(long personId, long cooperativeId) {
        this.personId = personId;
        this.cooperativeId = cooperativeId;
    }
}
