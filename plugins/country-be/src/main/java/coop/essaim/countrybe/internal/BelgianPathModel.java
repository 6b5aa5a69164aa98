package coop.essaim.countrybe.internal;

import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;

import java.util.List;
import java.util.Set;

/**
 * The path of a Belgian business and employment cooperative run the SMart way: reception, a support agreement
 * (convention d'accompagnement, fixed term), then work as an employee either through <b>short job contracts</b>
 * (contrats de travail à durée déterminée "à la prestation": a day, a week, a month, declared one by one, each
 * ended by the next) or a <b>monthly employment contract</b> (open-ended, monthly pay), associate (coopérateur,
 * shares bought; Belgian law sets no deadline for it) and exit. Labels are in the plugin's bundle
 * ({@code be.path.*}, French, Dutch and English).
 *
 * <p>Employment contracts of a fixed term follow the loi du 3 juillet 1978 relative aux contrats de travail
 * (art. 9 and 10: written before the work starts; successive fixed-term contracts are allowed when the work or
 * the worker's situation justifies them, as the job-by-job contracts of artists and freelancers do).
 */
public final class BelgianPathModel implements PathModel {

    public static final String ID = "belgium";
    public static final String RECEPTION = "reception";
    public static final String SUPPORT_AGREEMENT = "support-agreement";
    public static final String SHORT_JOBS = "short-jobs";
    public static final String SALARIED = "salaried";
    public static final String ASSOCIATE = "associate";
    public static final String EXIT = "exit";
    /** One job: a day, a week or a month, fixed term; the next one ends it. */
    public static final String SHORT_JOB = "short-job";
    public static final String MONTHLY_EMPLOYMENT = "monthly-employment";

    private static final List<PathStatusDefinition> STATUSES = List.of(
            new PathStatusDefinition(RECEPTION, "be.path.status.reception", true,
                    Set.of(SUPPORT_AGREEMENT, SHORT_JOBS, EXIT), null, Set.of(), false, false),
            new PathStatusDefinition(SUPPORT_AGREEMENT, "be.path.status.support-agreement", false,
                    Set.of(SHORT_JOBS, SALARIED, EXIT), SUPPORT_AGREEMENT, Set.of(), false, false),
            // entering it again ends the open job and opens the next one
            new PathStatusDefinition(SHORT_JOBS, "be.path.status.short-jobs", false,
                    Set.of(SHORT_JOBS, SALARIED, ASSOCIATE, EXIT), SHORT_JOB, Set.of(SHORT_JOB), false, false),
            new PathStatusDefinition(SALARIED, "be.path.status.salaried", false, Set.of(ASSOCIATE, EXIT),
                    MONTHLY_EMPLOYMENT, Set.of(SUPPORT_AGREEMENT, SHORT_JOB), false, false),
            new PathStatusDefinition(ASSOCIATE, "be.path.status.associate", false, Set.of(SHORT_JOBS, EXIT), null,
                    Set.of(), false, true),
            new PathStatusDefinition(EXIT, "be.path.status.exit", false, Set.of(), null, Set.of(), true, false));

    private static final List<ContractKind> CONTRACTS = List.of(
            new ContractKind(SUPPORT_AGREEMENT, "be.path.contract.support-agreement", true, false),
            new ContractKind(SHORT_JOB, "be.path.contract.short-job", true, true),
            new ContractKind(MONTHLY_EMPLOYMENT, "be.path.contract.monthly-employment", false, true));

    private static final List<ExitReason> EXIT_REASONS = List.of(
            new ExitReason("own-company", "be.path.exit.own-company", false),
            new ExitReason("employment", "be.path.exit.employment", false),
            new ExitReason("stopped", "be.path.exit.stopped", false),
            new ExitReason("other", "be.path.exit.other", true));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(String country) {
        return "BE".equals(country);
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
