package coop.essaim.kernel.people;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.people.Contract;
import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Dated versions of a member's employment terms: each one checked against the path (an open-ended
 * contract open on its date) and the versions before it, then appended and audited. The hours ceiling is the
 * European working-time limit, 48 hours a week (208 a month); a country's stricter rules are its plugin's.
 */
final class EmploymentTermsRecorder {

    static final BigDecimal MAX_WEEK = new BigDecimal("48");
    static final BigDecimal MAX_MONTH = new BigDecimal("208");

    private final ModuleStore store;
    private final KernelAuditTrail audit;
    private final PersonRecords records;
    private final CooperativeDirectory cooperatives;
    private final PeopleAccess access;

    EmploymentTermsRecorder(ModuleStore store, KernelAuditTrail audit, PersonRecords records,
                            CooperativeDirectory cooperatives, PeopleAccess access) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.records = records;
        this.cooperatives = cooperatives;
    }

    EmploymentTermsVersion amend(UserContext actor, long personId, EmploymentTerms terms) {
        Instant now = records.clock().instant();
        return store.inTransaction(em -> {
            PersonEntity p = KernelPeople.target(em, actor, personId);
            access.requireManage(actor, p);
            if (p.getKind() != PersonKind.MEMBER) {
                throw PeopleMessages.refusal(actor.locale(), "person", "people.path.notMember");
            }
            String kind = check(em, actor, p, terms);
            EmploymentTermsEntity e = new EmploymentTermsEntity(actor.cooperativeId(), personId, kind, terms, now,
                    actor.login());
            em.persist(e);
            em.flush();
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.terms",
                    "person:" + personId, kind + " from " + terms.validFrom() + ": " + terms.hours().toPlainString()
                            + " h per " + terms.per() + ", " + terms.loadedHourlyCost() + " an hour");
            return e.toRecord();
        });
    }

    static List<EmploymentTermsVersion> versions(EntityManager em, long personId) {
        return em.createQuery("select t from EmploymentTerms t where t.personId = :p order by t.validFrom, t.id",
                EmploymentTermsEntity.class).setParameter("p", personId).getResultList().stream()
                .map(EmploymentTermsEntity::toRecord).toList();
    }

    /** Returns the kind of the open-ended contract the terms belong to. */
    private String check(EntityManager em, UserContext actor, PersonEntity p, EmploymentTerms t) {
        PeopleMessages errors = new PeopleMessages(actor.locale());
        if (t == null || t.validFrom() == null) {
            throw PeopleMessages.refusal(actor.locale(), "validFrom", "people.required");
        }
        PathModel model = records.model(actor.cooperativeId());
        Optional<Contract> contract = PathHistory.contracts(PersonRecords.entries(em, p.getId()), model).stream()
                .filter(c -> !model.contractKind(c.kind()).map(ContractKind::fixedTerm).orElse(true))
                .filter(c -> !c.start().isAfter(t.validFrom()) && (c.end() == null || c.end().isAfter(t.validFrom())))
                .findFirst();
        if (contract.isEmpty()) {
            errors.add("validFrom", "people.terms.noContract");
        }
        List<EmploymentTermsVersion> before = versions(em, p.getId());
        if (!before.isEmpty() && !t.validFrom().isAfter(before.get(before.size() - 1).terms().validFrom())) {
            errors.add("validFrom", "people.terms.order", before.get(before.size() - 1).terms().validFrom());
        }
        BigDecimal max = t.per() == EmploymentTerms.Per.MONTH ? MAX_MONTH : MAX_WEEK;
        if (t.per() == null) {
            errors.add("per", "people.required");
        } else if (t.hours() == null || t.hours().signum() <= 0 || t.hours().compareTo(max) > 0
                || t.hours().stripTrailingZeros().scale() > 2) {
            errors.add("hours", "people.terms.hours", max.toPlainString());
        }
        if (t.loadedHourlyCost() == null || !t.loadedHourlyCost().isPositive()) {
            errors.add("loadedHourlyCost", "people.terms.cost");
        } else if (!t.loadedHourlyCost().currency().getCurrencyCode().equals(currency(actor))) {
            errors.add("loadedHourlyCost", "people.terms.currency", currency(actor));
        }
        errors.maxLength("details", t.details(), PathRules.DETAILS_MAX);
        errors.throwIfAny();
        return contract.get().kind();
    }

    private String currency(UserContext actor) {
        return cooperatives.find(actor.cooperativeId()).orElseThrow().currency();
    }
}
