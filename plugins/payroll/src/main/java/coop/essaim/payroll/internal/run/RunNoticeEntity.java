package coop.essaim.payroll.internal.run;

import coop.essaim.payroll.api.RunNotice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table PAY_RUN_NOTICE: a plan in force that produced no payslip in a run, and why. */
@Entity(name = "PayrollRunNotice")
@Table(name = "PAY_RUN_NOTICE")
public class RunNoticeEntity {

    @Id
    @SequenceGenerator(name = "PAY_RUN_NOTICE_SEQ", sequenceName = "PAY_RUN_NOTICE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAY_RUN_NOTICE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "RUN_ID", nullable = false, updatable = false)
    long runId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "PERSON_NAME", nullable = false, updatable = false, length = 200)
    String personName;
    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    long activityId;
    @Column(name = "ACTIVITY_NAME", nullable = false, updatable = false, length = 200)
    String activityName;
    @Column(name = "MESSAGE", nullable = false, updatable = false, length = 500)
    String message;

    protected RunNoticeEntity() {
    }

    RunNoticeEntity(long runId, RunNotice notice) {
        this.runId = runId;
        this.personId = notice.personId();
        this.personName = notice.personName();
        this.activityId = notice.activityId();
        this.activityName = notice.activityName();
        this.message = notice.message().length() > 500 ? notice.message().substring(0, 500) : notice.message();
    }

    RunNotice toRecord() {
        return new RunNotice(personId, personName, activityId, activityName, message);
    }
}
