package coop.essaim.mutualtraining.internal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table MT_BUDGET: a year's training budget; its row is locked while an approval commits from it. */
@Entity(name = "MutualTrainingBudget")
@Table(name = "MT_BUDGET")
public class BudgetEntity {

    @Id
    @SequenceGenerator(name = "MT_BUDGET_SEQ", sequenceName = "MT_BUDGET_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MT_BUDGET_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "BUDGET_YEAR", nullable = false, updatable = false)
    int year;
    @Column(name = "CONTRIBUTION_MINOR", nullable = false)
    long contribution;
    @Column(name = "GRANT_MINOR", nullable = false)
    long grant;
    @Column(name = "CURRENCY", nullable = false, length = 3)
    String currency;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    String updatedBy;

    protected BudgetEntity() {
    }

    BudgetEntity(long cooperativeId, int year, String currency) {
        this.cooperativeId = cooperativeId;
        this.year = year;
        this.currency = currency;
    }

    /** Through a method: the woven change tracking sees no field written from another class. */
    void set(long newContribution, long newGrant, LocalDateTime at, String by) {
        contribution = newContribution;
        grant = newGrant;
        updatedAt = at;
        updatedBy = by;
    }
}
