package coop.essaim.payroll.internal.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Table PAY_PAYSLIP_JOB: a short job a payslip pays; written and removed with the run's payslips. */
@Entity(name = "PayrollPayslipJob")
@Table(name = "PAY_PAYSLIP_JOB")
@IdClass(PayslipJobEntity.Key.class)
public class PayslipJobEntity {

    @Id
    @Column(name = "PAYSLIP_ID", nullable = false, updatable = false)
    long payslipId;
    @Id
    @Column(name = "JOB_ID", nullable = false, updatable = false)
    long jobId;
    @Column(name = "RUN_ID", nullable = false, updatable = false)
    long runId;

    protected PayslipJobEntity() {
    }

    PayslipJobEntity(long payslipId, long jobId, long runId) {
        this.payslipId = payslipId;
        this.jobId = jobId;
        this.runId = runId;
    }

    /** The composite key, as JPA wants it. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public long payslipId;
        public long jobId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.payslipId == payslipId && k.jobId == jobId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(payslipId, jobId);
        }
    }
}
