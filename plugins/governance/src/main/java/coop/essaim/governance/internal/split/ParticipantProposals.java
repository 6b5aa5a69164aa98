package coop.essaim.governance.internal.split;

import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProposedBases;
import coop.essaim.governance.api.ProposedBases.Participant;
import coop.essaim.governance.api.ProposedBases.Source;
import coop.essaim.governance.internal.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The participants of a year's participation proposed from the payroll module when it is installed: the people
 * its validated payslips of the fiscal year paid, with their gross salary (key SALARY), their hours (HOURS) or 1
 * (EQUAL). Governance works without payroll: then, or when the user may not read the payroll, nothing is proposed
 * and the bases are typed in. A proposal is never stored; the draft takes whatever list the user confirms.
 */
public final class ParticipantProposals {

    static final String PAYROLL = "payroll";
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantProposals.class);

    private final ProfitSplits splits;
    private final ModuleCatalog catalog;

    public ParticipantProposals(ProfitSplits splits, ModuleCatalog catalog) {
        this.splits = splits;
        this.catalog = catalog;
    }

    /** The bases of fiscal year {@code year} by {@code key}, and where they came from. */
    public ProposedBases propose(UserContext actor, int year, ParticipationKey key) {
        actor.require(GovernancePermissions.SPLIT_MANAGE);
        Messages m = new Messages(actor.locale());
        if (year < 1900 || year > 9999) {
            throw new ValidationException("fiscalYear", m.text("error.split.year"));
        }
        if (key == null) {
            throw new ValidationException("key", m.text("error.split.key"));
        }
        FiscalYear fy = splits.fiscalYear(actor, year);
        if (!catalog.isStarted(PAYROLL)) {
            return none(year, key, fy, Source.NO_PAYROLL);
        }
        Optional<List<PayrollBases.Paid>> paid;
        try {
            if (!PayrollBases.mayRead(actor)) {
                return none(year, key, fy, Source.NO_PAYROLL_PERMISSION);
            }
            paid = PayrollBases.paid(catalog, actor, YearMonth.from(fy.start()), YearMonth.from(fy.end()));
        } catch (LinkageError e) {
            // payroll runs, but its API is not wired to this module (started after it): as if it were absent
            LOG.info("governance: the payroll API is not visible to governance ({}); bases are entered by hand",
                    e.toString());
            return none(year, key, fy, Source.NO_PAYROLL);
        }
        if (paid.isEmpty()) {
            return none(year, key, fy, Source.NO_PAYROLL);
        }
        List<Participant> participants = paid.get().stream()
                .map(p -> new Participant(p.personId(), p.name(), base(key, p)))
                .filter(p -> p.base().signum() > 0).toList();
        int payslips = paid.get().stream().mapToInt(PayrollBases.Paid::payslips).sum();
        return new ProposedBases(year, key, Source.PAYROLL, fy.start(), fy.end(), payslips, participants);
    }

    private static BigDecimal base(ParticipationKey key, PayrollBases.Paid p) {
        return switch (key) {
            case SALARY -> p.gross().setScale(2);
            case HOURS -> p.hours().setScale(2);
            case EQUAL -> BigDecimal.ONE.setScale(2);
        };
    }

    private static ProposedBases none(int year, ParticipationKey key, FiscalYear fy, Source source) {
        return new ProposedBases(year, key, source, fy.start(), fy.end(), 0, List.of());
    }
}
