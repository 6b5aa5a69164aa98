package coop.essaim.countryfr.internal;

import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;

import java.util.List;
import java.util.Set;

/**
 * The French path of a CAE, in the words of the law: reception, then the entrepreneur on trial under a CAPE
 * (contrat d'appui au projet d'entreprise, art. L127-1 to L127-7 Code de commerce: fixed term, at most twelve
 * months renewed twice), then the salaried entrepreneur under a CESA (contrat d'entrepreneur salarié associé,
 * art. L7331-2 Code du travail, open-ended; signing it ends the CAPE), who becomes associate within three
 * years ({@link FrenchAssociateDeadline}), and the exit. The codes are the core's neutral ones: a cooperative
 * that ran on the neutral model before this plugin was installed keeps a valid history; only the names are
 * French.
 */
public final class FrenchPathModel implements PathModel {

    public static final String RECEPTION = "reception";
    public static final String CAPE = "support-agreement";
    public static final String SALARIED = "salaried";
    public static final String ASSOCIATE = "associate";
    public static final String EXIT = "exit";
    public static final String CESA_CONTRACT = "employment";

    private static final List<PathStatusDefinition> STATUSES = List.of(
            new PathStatusDefinition(RECEPTION, "path.status.reception", true, Set.of(CAPE, EXIT), null, Set.of(),
                    false, false),
            new PathStatusDefinition(CAPE, "path.status.cape", false, Set.of(SALARIED, EXIT), CAPE, Set.of(),
                    false, false),
            new PathStatusDefinition(SALARIED, "path.status.cesa", false, Set.of(ASSOCIATE, EXIT), CESA_CONTRACT,
                    Set.of(CAPE), false, false),
            new PathStatusDefinition(ASSOCIATE, "path.status.associate", false, Set.of(EXIT), null, Set.of(), false,
                    true),
            new PathStatusDefinition(EXIT, "path.status.exit", false, Set.of(), null, Set.of(), true, false));

    private static final List<ContractKind> CONTRACTS = List.of(
            new ContractKind(CAPE, "path.contract.cape", true, false),
            new ContractKind(CESA_CONTRACT, "path.contract.cesa", false, true));

    private static final List<ExitReason> EXIT_REASONS = List.of(
            new ExitReason("own-company", "path.exit.own-company", false),
            new ExitReason("employment", "path.exit.employment", false),
            new ExitReason("cape-not-renewed", "path.exit.cape-not-renewed", false),
            new ExitReason("stopped", "path.exit.stopped", false),
            new ExitReason("retirement", "path.exit.retirement", false),
            new ExitReason("other", "path.exit.other", true));

    @Override
    public String id() {
        return "france";
    }

    @Override
    public boolean appliesTo(String country) {
        return "FR".equalsIgnoreCase(country);
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
