package coop.essaim.countryfr.internal;

import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.people.AssociateDeadlineRule;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The French rule (loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire, art. 47, as
 * the domain guide reads it): a member becomes associate within three years of the start of their first
 * support agreement (convention d'accompagnement or CAPE). The support agreement is the status that opens the
 * path model's first fixed-term contract, whatever the model calls it.
 */
public final class FrenchAssociateDeadline implements AssociateDeadlineRule {

    static final int YEARS = 3;

    @Override
    public boolean appliesTo(String country) {
        return "FR".equalsIgnoreCase(country);
    }

    @Override
    public Optional<LocalDate> deadline(PersonPath path, PathModel model) {
        return model.statuses().stream()
                .filter(s -> s.opensContract() != null && model.contractKind(s.opensContract())
                        .map(k -> k.fixedTerm()).orElse(false))
                .map(PathStatusDefinition::code)
                .findFirst()
                .flatMap(path::firstEntered)
                .map(start -> start.plusYears(YEARS));
    }
}
