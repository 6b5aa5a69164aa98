package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.ledger.Contribution;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The scheme each cooperative chose, in force on the day the contribution is computed: the core's rate, or the
 * plugin's scheme the version names. What the activity's account and the month's transfers call. A version naming
 * a scheme whose module has since stopped is refused with the reason rather than computed another way: a
 * contribution is money, never a silent guess.
 */
public final class CooperativeContributionScheme implements ContributionScheme {

    private final ContributionRates rates;
    private final RateContributionScheme core;
    private final ModuleRegistry registry;

    public CooperativeContributionScheme(ContributionRates rates, RateContributionScheme core,
                                         ModuleRegistry registry) {
        this.rates = rates;
        this.core = core;
        this.registry = registry;
    }

    @Override
    public String id() {
        return "core.cooperative-choice";
    }

    @Override
    public Contribution contribution(Cooperative cooperative, ActivityFigures figures, LocalDate date, Locale locale) {
        ContributionRate version = rates.inForce(cooperative.id(), date);
        if (version.coreScheme()) {
            return core.contribution(cooperative, figures, date, locale);
        }
        for (Extension<ContributionScheme> e : registry.extensions(ContributionScheme.class)) {
            if (e.instance().id().equals(version.schemeId())) {
                return e.instance().contribution(cooperative, figures, date, locale);
            }
        }
        throw new IllegalStateException("cooperative " + cooperative.id() + " computes its contribution with scheme '"
                + version.schemeId() + "' from " + version.validFrom() + ", and no started module offers it");
    }
}
