package coop.essaim.payroll.internal;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;

/** The payroll rules of the user's cooperative: those its country plugin contributes, read at each use. */
public final class PayrollRulebook {

    private final ModuleCatalog catalog;
    private final CooperativeDirectory cooperatives;

    public PayrollRulebook(ModuleCatalog catalog, CooperativeDirectory cooperatives) {
        this.catalog = catalog;
        this.cooperatives = cooperatives;
    }

    public PayrollRules rules(UserContext actor) {
        String country = cooperatives.find(actor.cooperativeId())
                .orElseThrow(() -> new IllegalStateException("no cooperative " + actor.cooperativeId())).country();
        return catalog.implementations(PayrollRules.class).stream().filter(r -> r.country().equals(country))
                .findFirst().orElseThrow(() -> new ValidationException("country",
                        Messages.text(actor.locale(), "error.noPayrollRules", country)));
    }
}
