package coop.essaim.payroll.internal.run;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.PayslipLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Currency;

/** Table PAY_PAYSLIP_LINE: one line of a payslip, as the country's rules computed it. */
@Entity(name = "PayrollPayslipLine")
@Table(name = "PAY_PAYSLIP_LINE")
public class PayslipLineEntity {

    @Id
    @SequenceGenerator(name = "PAY_PAYSLIP_LINE_SEQ", sequenceName = "PAY_PAYSLIP_LINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAY_PAYSLIP_LINE_SEQ")
    @Column(name = "ID")
    Long id;
    // lazy, as invoicing's lines: the woven value holder makes the bundle import EclipseLink's indirection
    // package, which the payslip's line list (an IndirectList) needs in OSGi
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PAYSLIP_ID", nullable = false, updatable = false)
    PayslipEntity payslip;
    @Column(name = "POSITION", nullable = false, updatable = false)
    int position;
    @Column(name = "CODE", nullable = false, updatable = false, length = 60)
    String code;
    @Column(name = "BASE_MINOR", nullable = false, updatable = false)
    long baseMinor;
    @Column(name = "EMPLOYEE_RATE", updatable = false, precision = 9, scale = 4)
    BigDecimal employeeRate;
    @Column(name = "EMPLOYEE_MINOR", nullable = false, updatable = false)
    long employeeMinor;
    @Column(name = "EMPLOYER_RATE", updatable = false, precision = 9, scale = 4)
    BigDecimal employerRate;
    @Column(name = "EMPLOYER_MINOR", nullable = false, updatable = false)
    long employerMinor;
    @Column(name = "PAYABLE_ACCOUNT", nullable = false, updatable = false, length = 20)
    String payableAccount;

    protected PayslipLineEntity() {
    }

    PayslipLineEntity(PayslipEntity payslip, int position, PayslipLine line) {
        this.payslip = payslip;
        this.position = position;
        this.code = line.code();
        this.baseMinor = line.base().minorUnits();
        this.employeeRate = line.employeeRatePercent();
        this.employeeMinor = line.employeeAmount().minorUnits();
        this.employerRate = line.employerRatePercent();
        this.employerMinor = line.employerAmount().minorUnits();
        this.payableAccount = line.payableAccount();
    }

    PayslipLine toRecord(Currency currency) {
        return new PayslipLine(code, Money.of(baseMinor, currency), employeeRate, Money.of(employeeMinor, currency),
                employerRate, Money.of(employerMinor, currency), payableAccount);
    }
}
