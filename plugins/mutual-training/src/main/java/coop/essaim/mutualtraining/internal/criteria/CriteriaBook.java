package coop.essaim.mutualtraining.internal.criteria;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;
import coop.essaim.mutualtraining.internal.Messages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation criteria as dated editions: the edition in force on a day is the latest valid from that day or
 * before. An edition never starts in the past and is never changed, so each request keeps the score of the
 * criteria of its submission day and a change mid-year applies only to the requests made after it.
 */
public final class CriteriaBook {

    private final ModuleStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public CriteriaBook(ModuleStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public Criteria inForce(long cooperativeId, LocalDate day) {
        return store.read(em -> em.createQuery("select c from MutualTrainingCriteria c where c.cooperativeId = :c"
                        + " and c.validFrom <= :d order by c.validFrom desc", CriteriaEntity.class)
                .setParameter("c", cooperativeId).setParameter("d", day).setMaxResults(1).getResultList()
                .stream().findFirst().map(CriteriaEntity::toRecord).orElseGet(Criteria::none));
    }

    /** Oldest first: the criteria are transparent, every member may read them. */
    public List<Criteria> history(UserContext actor) {
        actor.require(MutualTrainingPermissions.MEMBER);
        return store.read(em -> em.createQuery("select c from MutualTrainingCriteria c where c.cooperativeId = :c"
                        + " order by c.validFrom", CriteriaEntity.class).setParameter("c", actor.cooperativeId())
                .getResultList().stream().map(CriteriaEntity::toRecord).toList());
    }

    public Criteria add(UserContext actor, Criteria criteria) {
        actor.require(MutualTrainingPermissions.CRITERIA);
        Messages m = new Messages(actor.locale());
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (criteria.validFrom() == null || criteria.validFrom().isBefore(LocalDate.now(clock))) {
            errors.add(new ValidationException.FieldError("validFrom", m.text("error.validFrom")));
        }
        points(errors, m, "startPhasePoints", criteria.startPhasePoints());
        points(errors, m, "internalPoints", criteria.internalPoints());
        points(errors, m, "activityPoints", criteria.activityPoints());
        if (criteria.yearlyCap() < 0) {
            errors.add(new ValidationException.FieldError("yearlyCap", m.text("error.notNegative")));
        }
        BigDecimal share = criteria.internalShare();
        if (share == null || share.signum() < 0 || share.compareTo(new BigDecimal("100")) > 0 || share.scale() > 2) {
            errors.add(new ValidationException.FieldError("internalShare", m.text("error.percent")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        store.run(em -> {
            boolean taken = !em.createQuery("select c.id from MutualTrainingCriteria c where c.cooperativeId = :c"
                            + " and c.validFrom = :d", Long.class).setParameter("c", actor.cooperativeId())
                    .setParameter("d", criteria.validFrom()).getResultList().isEmpty();
            if (taken) {
                throw new ValidationException("validFrom", m.text("error.editionExists"));
            }
            em.persist(new CriteriaEntity(actor.cooperativeId(), criteria, now, actor.login()));
        });
        audit.record(actor, "mutual-training.criteria.added", "criteria:" + criteria.validFrom(), criteria.toString());
        return criteria;
    }

    private static void points(List<ValidationException.FieldError> errors, Messages m, String field, int value) {
        if (value < 0 || value > 100) {
            errors.add(new ValidationException.FieldError(field, m.text("error.points")));
        }
    }
}
