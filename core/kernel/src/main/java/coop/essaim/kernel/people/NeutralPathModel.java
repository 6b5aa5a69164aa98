package coop.essaim.kernel.people;

import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;

import java.util.List;
import java.util.Set;

/**
 * The path the core uses when no country plugin contributes one: reception, then a fixed-term support
 * agreement, then an open-ended employment contract (which ends the support agreement), associate, and exit
 * from any status after reception. Labels are in the people bundle ({@code people.status.*}).
 */
public final class NeutralPathModel implements PathModel {

    public static final String ID = "core.neutral";
    public static final String RECEPTION = "reception";
    public static final String SUPPORT_AGREEMENT = "support-agreement";
    public static final String SALARIED = "salaried";
    public static final String ASSOCIATE = "associate";
    public static final String EXIT = "exit";
    public static final String EMPLOYMENT = "employment";

    private static final List<PathStatusDefinition> STATUSES = List.of(
            new PathStatusDefinition(RECEPTION, "people.status.reception", true, Set.of(SUPPORT_AGREEMENT, EXIT),
                    null, Set.of(), false, false),
            new PathStatusDefinition(SUPPORT_AGREEMENT, "people.status.support-agreement", false,
                    Set.of(SALARIED, EXIT), SUPPORT_AGREEMENT, Set.of(), false, false),
            new PathStatusDefinition(SALARIED, "people.status.salaried", false, Set.of(ASSOCIATE, EXIT),
                    EMPLOYMENT, Set.of(SUPPORT_AGREEMENT), false, false),
            new PathStatusDefinition(ASSOCIATE, "people.status.associate", false, Set.of(EXIT), null, Set.of(),
                    false, true),
            new PathStatusDefinition(EXIT, "people.status.exit", false, Set.of(), null, Set.of(), true, false));

    private static final List<ContractKind> CONTRACTS = List.of(
            new ContractKind(SUPPORT_AGREEMENT, "people.contract.support-agreement", true, false),
            new ContractKind(EMPLOYMENT, "people.contract.employment", false, true));

    private static final List<ExitReason> EXIT_REASONS = List.of(
            new ExitReason("own-company", "people.exit.own-company", false),
            new ExitReason("employment", "people.exit.employment", false),
            new ExitReason("stopped", "people.exit.stopped", false),
            new ExitReason("other", "people.exit.other", true));

    @Override
    public String id() {
        return ID;
    }

    /** Applies wherever no country model does; the core falls back on it rather than asking. */
    @Override
    public boolean appliesTo(String country) {
        return true;
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
