package coop.essaim.payroll.internal.employee;

import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.internal.Messages;
import coop.essaim.payroll.internal.document.Iban;
import coop.essaim.payroll.internal.document.SepaInputException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The payroll facts of each person: read by the run, recorded by those who run payroll. */
public final class EmployeeBook {

    private static final BigDecimal MAX_RATE = new BigDecimal("60");
    static final int MAX_DEPENDANTS = 20;

    private final ModuleStore store;
    private final People people;
    private final Clock clock;

    public EmployeeBook(ModuleStore store, People people, Clock clock) {
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    /** Without a permission check: the run's own read, after it checked the user's. */
    public EmployeeFacts facts(long cooperativeId, long personId) {
        return store.read(em -> Optional.ofNullable(em.find(PayrollEmployeeEntity.class, personId))
                .filter(e -> e.cooperativeId == cooperativeId)
                .map(PayrollEmployeeEntity::facts)
                .orElse(EmployeeFacts.defaults(personId)));
    }

    /** Without a permission check: the facts recorded for the cooperative's people, by person, in one read. */
    public Map<Long, EmployeeFacts> recorded(long cooperativeId) {
        return store.read(em -> em.createQuery("select e from PayrollEmployee e where e.cooperativeId = :c",
                        PayrollEmployeeEntity.class).setParameter("c", cooperativeId).getResultList().stream()
                .collect(Collectors.toMap(e -> e.personId,
                        PayrollEmployeeEntity::facts)));
    }

    /** The facts of a person the user may read, for those who run payroll or read all payslips. */
    public EmployeeFacts readable(UserContext actor, long personId) {
        if (!actor.can(PayrollPermissions.RUN)) {
            actor.require(PayrollPermissions.VIEW_ALL);
        }
        if (people.find(actor, personId).isEmpty()) {
            throw new ValidationException("personId", Messages.text(actor.locale(), "error.notFound"));
        }
        return facts(actor.cooperativeId(), personId);
    }

    public EmployeeFacts record(UserContext actor, EmployeeFacts facts) {
        actor.require(PayrollPermissions.RUN);
        Messages m = new Messages(actor.locale());
        if (people.find(actor, facts.personId()).isEmpty()) {
            throw new ValidationException("personId", m.text("error.notFound"));
        }
        BigDecimal rate = facts.withholdingRatePercent();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0 || rate.scale() > 2)) {
            throw new ValidationException("withholdingRatePercent", m.text("error.withholdingRate"));
        }
        if (facts.dependants() < 0 || facts.dependants() > MAX_DEPENDANTS) {
            throw new ValidationException("dependants", m.text("error.dependants", MAX_DEPENDANTS));
        }
        String iban;
        String bic;
        try {
            iban = facts.iban() == null || facts.iban().isBlank() ? null : Iban.check(facts.iban(), "iban");
        } catch (SepaInputException e) {
            throw new ValidationException("iban", m.text("error.iban"));
        }
        try {
            bic = Iban.checkBic(facts.bic(), "bic");
        } catch (SepaInputException e) {
            throw new ValidationException("bic", m.text("error.bic"));
        }
        return store.inTransaction(em -> {
            PayrollEmployeeEntity e = em.find(PayrollEmployeeEntity.class, facts.personId());
            if (e == null) {
                e = new PayrollEmployeeEntity(facts.personId(), actor.cooperativeId());
                em.persist(e);
            } else if (e.cooperativeId != actor.cooperativeId()) {
                throw new ValidationException("personId", m.text("error.notFound"));
            }
            e.change(facts.executive(), rate, iban, bic, facts.household(), facts.dependants(),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor.login());
            return e.facts();
        });
    }
}
