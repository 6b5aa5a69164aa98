package coop.essaim.payroll.internal;

import coop.essaim.api.persistence.PersistenceContribution;
import coop.essaim.payroll.internal.employee.PayrollEmployeeEntity;
import coop.essaim.payroll.internal.job.ShortJobEntity;
import coop.essaim.payroll.internal.plan.SalaryPlanEntity;
import coop.essaim.payroll.internal.run.PayrollRunEntity;
import coop.essaim.payroll.internal.run.PayslipJobEntity;
import coop.essaim.payroll.internal.run.PayslipEntity;
import coop.essaim.payroll.internal.run.PayslipLineEntity;
import coop.essaim.payroll.internal.run.RunNoticeEntity;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class PayrollPersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        return List.of(SalaryPlanEntity.class.getName(), PayrollEmployeeEntity.class.getName(),
                PayrollRunEntity.class.getName(), PayslipEntity.class.getName(), PayslipLineEntity.class.getName(),
                RunNoticeEntity.class.getName(), ShortJobEntity.class.getName(), PayslipJobEntity.class.getName());
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/payroll/migration";
    }
}
