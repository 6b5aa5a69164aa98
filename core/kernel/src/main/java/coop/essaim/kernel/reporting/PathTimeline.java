package coop.essaim.kernel.reporting;

import coop.essaim.api.people.Contract;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.reporting.ReportScope;
import coop.essaim.kernel.people.PathHistory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the reports read from one member's path, by what the statuses mean in the cooperative's model, never by
 * their codes: when support started (the first step past the initial status), when they left and why, when they
 * became associate, and the contracts of employment the path opened.
 */
record PathTimeline(LocalDate supportStart, LocalDate exit, String exitReason, LocalDate associateSince,
                    List<Contract> employment) {

    static PathTimeline of(List<PathEntry> entries, PathModel model) {
        LocalDate support = null;
        LocalDate exit = null;
        String reason = null;
        LocalDate associate = null;
        for (PathEntry e : entries) {
            Optional<PathStatusDefinition> s = model.status(e.statusCode());
            if (e.renewal() || s.isEmpty()) {
                continue;
            }
            if (s.get().exit()) {
                exit = e.date();
                reason = e.exitReason();
            } else if (!s.get().initial() && support == null) {
                support = e.date();
            }
            if (s.get().associate() && associate == null) {
                associate = e.date();
            }
        }
        List<Contract> employment = PathHistory.contracts(entries, model).stream()
                .filter(c -> model.contractKind(c.kind()).map(k -> k.employment()).orElse(false)).toList();
        return new PathTimeline(support, exit, reason, associate, employment);
    }

    /** Supported at some day of the period: support started by its end, not gone before its start. */
    boolean supportedIn(ReportScope scope) {
        return supportStart != null && !supportStart.isAfter(scope.to())
                && (exit == null || !exit.isBefore(scope.from()));
    }

    boolean enteredIn(ReportScope scope) {
        return scope.contains(supportStart);
    }

    /** Left during the period after having been supported (leaving from reception is not an exit of the report). */
    boolean leftIn(ReportScope scope) {
        return supportStart != null && scope.contains(exit);
    }

    /** Held a contract of employment open at some day of the period. */
    boolean salariedIn(ReportScope scope) {
        return employment.stream().anyMatch(c -> !c.start().isAfter(scope.to())
                && (c.end() == null || !c.end().isBefore(scope.from())));
    }

    boolean associateIn(ReportScope scope) {
        return associateSince != null && !associateSince.isAfter(scope.to())
                && (exit == null || !exit.isBefore(scope.from()));
    }

    /** The first contract of employment started in the period: the day they became salaried. */
    Optional<LocalDate> becameSalariedIn(ReportScope scope) {
        return employment.stream().map(Contract::start).min(LocalDate::compareTo).filter(scope::contains);
    }
}
