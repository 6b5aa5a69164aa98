package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.kernel.persistence.CreationStamp;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated parameters of the default contribution scheme (table CONTRIBUTION_RATE). The core's settings
 * service is not used for them: it answers only the value in force now, while a contribution is computed for
 * a past period with the rate of that period. A change is a new row from a date on; rows are never updated.
 */
public final class ContributionRates implements ContributionRateBook {

    /** At most six decimals of a fraction: 10.5 % is 0.105, 7.125 % is 0.07125. */
    private static final int MAX_SCALE = 6;

    private final ModuleStore store;
    private final ModuleRegistry registry;
    private final CooperativeDirectory cooperatives;
    private final KernelAuditTrail audit;
    private final Clock clock;

    public ContributionRates(ModuleStore store, CooperativeDirectory cooperatives, ModuleRegistry registry,
                             KernelAuditTrail audit, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.cooperatives = cooperatives;
        this.audit = audit;
        this.clock = clock;
    }

    /** The parameters in force on {@code date}: the latest row from that day or before, else the core default. */
    public ContributionRate inForce(long cooperativeId, LocalDate date) {
        return store.read(em -> em.createQuery("select r from ContributionRate r where r.cooperativeId = :coop"
                        + " and r.validFrom <= :date order by r.validFrom desc, r.id desc", ContributionRateEntity.class)
                .setParameter("coop", cooperativeId).setParameter("date", date)
                .setMaxResults(1).getResultStream().findFirst().map(ContributionRateEntity::toRate))
                .orElseGet(ContributionRate::coreDefault);
    }

    @Override
    public ContributionRate inForce(UserContext user, LocalDate date) {
        return inForce(user.cooperativeId(), date);
    }

    @Override
    public List<ContributionRate> history(UserContext user) {
        return history(user.cooperativeId());
    }

    @Override
    public List<String> schemes(UserContext user) {
        return schemes();
    }

    /** The core's scheme, then those of the started modules. */
    List<String> schemes() {
        List<String> ids = new ArrayList<>(List.of(ContributionRate.CORE_SCHEME));
        for (Extension<ContributionScheme> e : registry.extensions(ContributionScheme.class)) {
            String id = e.instance().id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Every row of the cooperative, oldest first. */
    public List<ContributionRate> history(long cooperativeId) {
        return store.read(em -> em.createQuery("select r from ContributionRate r where r.cooperativeId = :coop"
                        + " order by r.validFrom, r.id", ContributionRateEntity.class)
                .setParameter("coop", cooperativeId).getResultList().stream().map(ContributionRateEntity::toRate)
                .toList());
    }

    /**
     * Sets the actor's cooperative's parameters from {@code rate.validFrom()} on. Needs
     * {@code core.cooperative.manage}. Refused, naming each bad field: a date before today (a contribution
     * already computed must not change under the entrepreneur's feet), a rate outside 0 to 1 or with more than
     * six decimals, a fee that is not positive or not in the cooperative's currency, a scheme no started module
     * offers.
     */
    @Override
    public void set(UserContext actor, ContributionRate rate) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        Cooperative coop = cooperatives.find(actor.cooperativeId())
                .orElseThrow(() -> new IllegalStateException("cooperative " + actor.cooperativeId() + " not found"));
        LedgerMessages errors = new LedgerMessages(actor.locale());
        // UTC, as every date the core derives from its clock: the cooperative has no time zone of its own
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (rate.validFrom().isBefore(today)) {
            errors.add("validFrom", "contribution.validFrom.past", today);
        }
        BigDecimal r = rate.rate();
        if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0) {
            errors.add("rate", "contribution.rate.range");
        } else if (r.stripTrailingZeros().scale() > MAX_SCALE) {
            errors.add("rate", "contribution.rate.scale", MAX_SCALE);
        }
        Optional<Money> fee = rate.monthlyFee();
        if (fee.isPresent() && !fee.get().isPositive()) {
            errors.add("monthlyFee", "contribution.fee.positive");
        } else if (fee.isPresent() && !fee.get().currency().getCurrencyCode().equals(coop.currency())) {
            errors.add("monthlyFee", "contribution.fee.currency", coop.currency());
        }
        if (!schemes().contains(rate.schemeId())) {
            errors.add("schemeId", "contribution.scheme.unknown", rate.schemeId());
        }
        errors.throwIfAny();
        store.run(em -> {
            em.persist(new ContributionRateEntity(coop.id(), rate, new CreationStamp(clock.instant(), actor.login())));
            audit.append(em, coop.id(), actor.userId(), actor.login(), "core.contribution.rate.changed",
                    "cooperative:" + coop.id(), rate.schemeId() + " " + r.toPlainString() + " of " + rate.base()
                            + fee.map(m -> " + " + m + " a month").orElse("") + " from " + rate.validFrom());
        });
    }
}
