package coop.essaim.invoicing.internal.mail;

import coop.essaim.invoicing.api.Reminder;
import coop.essaim.invoicing.api.ReminderLevel;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table INV_REMINDER: a reminder sent for an overdue invoice. Never changed. */
@Entity(name = "InvoicingReminder")
@Table(name = "INV_REMINDER")
public class ReminderEntity {

    @Id
    @SequenceGenerator(name = "INV_REMINDER_SEQ", sequenceName = "INV_REMINDER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_REMINDER_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "INVOICE_ID", nullable = false, updatable = false)
    private long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "REMINDER_LEVEL", nullable = false, updatable = false, length = 20)
    private ReminderLevel level;

    @Column(name = "SENT_ON", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "BY_EMAIL", nullable = false, updatable = false)
    private boolean byEmail;

    @Column(name = "MAIL_ID", updatable = false)
    private Long mailId;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected ReminderEntity() {
        // for JPA
    }

    ReminderEntity(long cooperativeId, long invoiceId, ReminderLevel level, LocalDate sentOn, Long mailId,
                   String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.invoiceId = invoiceId;
        this.level = level;
        this.sentOn = sentOn;
        this.byEmail = mailId != null;
        this.mailId = mailId;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
    }

    Reminder toRecord() {
        return new Reminder(id, invoiceId, level, sentOn, byEmail, mailId, createdBy);
    }
}
