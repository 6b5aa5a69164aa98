package coop.essaim.countryma.internal;

import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;

import java.util.List;
import java.util.Set;

/**
 * The Moroccan path. Morocco has no law on business and employment cooperatives, so the path follows the
 * general law: reception, a fixed-term support agreement (convention d'accompagnement, a civil contract: the
 * member tests an activity without being an employee), then an open-ended employment contract (contrat de
 * travail à durée indéterminée, Code du travail art. 16, loi n° 65-99) which ends the support agreement, then
 * associate when the cooperative's own statutes admit members as associates, and exit. There is no deadline to
 * become associate (the plugin contributes no {@code AssociateDeadlineRule}, so the core shows none).
 *
 * <p>Every code is the core's neutral model's, so paths a cooperative recorded before installing the plugin go
 * on; the labels (French, English, Arabic) are the plugin's own, under {@code morocco.*} in its bundle.
 */
public final class MoroccanPathModel implements PathModel {

    public static final String ID = "morocco";
    public static final String RECEPTION = "reception";
    public static final String SUPPORT_AGREEMENT = "support-agreement";
    public static final String SALARIED = "salaried";
    public static final String ASSOCIATE = "associate";
    public static final String EXIT = "exit";
    /** The open-ended contract's kind: the neutral model's code, so existing contracts keep their meaning. */
    public static final String EMPLOYMENT = "employment";

    private static final List<PathStatusDefinition> STATUSES = List.of(
            new PathStatusDefinition(RECEPTION, "morocco.status.reception", true,
                    Set.of(SUPPORT_AGREEMENT, SALARIED, EXIT), null, Set.of(), false, false),
            new PathStatusDefinition(SUPPORT_AGREEMENT, "morocco.status.support-agreement", false,
                    Set.of(SALARIED, EXIT), SUPPORT_AGREEMENT, Set.of(), false, false),
            new PathStatusDefinition(SALARIED, "morocco.status.salaried", false, Set.of(ASSOCIATE, EXIT),
                    EMPLOYMENT, Set.of(SUPPORT_AGREEMENT), false, false),
            new PathStatusDefinition(ASSOCIATE, "morocco.status.associate", false, Set.of(EXIT), null, Set.of(),
                    false, true),
            new PathStatusDefinition(EXIT, "morocco.status.exit", false, Set.of(), null, Set.of(), true, false));

    private static final List<ContractKind> CONTRACTS = List.of(
            new ContractKind(SUPPORT_AGREEMENT, "morocco.contract.support-agreement", true, false),
            new ContractKind(EMPLOYMENT, "morocco.contract.employment", false, true));

    private static final List<ExitReason> EXIT_REASONS = List.of(
            new ExitReason("own-company", "morocco.exit.own-company", false),
            new ExitReason("employment", "morocco.exit.employment", false),
            new ExitReason("stopped", "morocco.exit.stopped", false),
            new ExitReason("other", "morocco.exit.other", true));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(String country) {
        return "MA".equals(country);
    }

    @Override
    public List<PathStatusDefinition> statuses() {
        return STATUSES;
    }

    @Override
    public List<ContractKind> contractKinds() {
        return CONTRACTS;
    }

    @Override
    public List<ExitReason> exitReasons() {
        return EXIT_REASONS;
    }
}
