package coop.essaim.invoicing.internal;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/** The sales rules of the actor's cooperative: those its country plugin contributes, read at each use. */
public final class SalesRulebook {

    private final ModuleCatalog catalog;
    private final CooperativeDirectory cooperatives;

    public SalesRulebook(ModuleCatalog catalog, CooperativeDirectory cooperatives) {
        this.catalog = catalog;
        this.cooperatives = cooperatives;
    }

    public Cooperative cooperative(UserContext actor) {
        return cooperatives.find(actor.cooperativeId())
                .orElseThrow(() -> new IllegalStateException("no cooperative " + actor.cooperativeId()));
    }

    public SalesRules rules(UserContext actor) {
        String country = cooperative(actor).country();
        return catalog.implementations(SalesRules.class).stream().filter(r -> r.country().equals(country))
                .findFirst().orElseThrow(() -> new ValidationException("country",
                        Messages.text(actor.locale(), "error.noSalesRules", country)));
    }

    /** The rates in force on {@code day}, as a line may choose them. */
    public List<VatRate> ratesOn(UserContext actor, LocalDate day) {
        return rules(actor).vatRates().stream().filter(r -> r.validOn(day)).toList();
    }

    /**
     * The country's standard rate in force on every day from {@code from} to {@code to} (the highest rate of the
     * standard category): what a line gets when nobody chose another.
     */
    public VatRate standardRate(UserContext actor, LocalDate from, LocalDate to) {
        return rules(actor).vatRates().stream()
                .filter(r -> r.category() == VatCategory.STANDARD && r.validOn(from) && r.validOn(to))
                .max(java.util.Comparator.comparing(VatRate::percent))
                .orElseThrow(() -> new IllegalStateException("the sales rules of " + cooperative(actor).country()
                        + " have no standard VAT rate in force from " + from + " to " + to));
    }

    public VatRate rate(UserContext actor, String code, LocalDate day, String field) {
        return ratesOn(actor, day).stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(field,
                        Messages.text(actor.locale(), "error.vatCode", code == null ? "" : code, day)));
    }
}
