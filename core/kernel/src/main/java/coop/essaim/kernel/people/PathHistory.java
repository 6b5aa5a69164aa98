package coop.essaim.kernel.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import coop.essaim.api.people.AssociateDeadline;
import coop.essaim.api.people.AssociateDeadlineRule;
import coop.essaim.api.people.Contract;
import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PersonPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a path's history: the contracts are not stored but replayed from the entries (a status opens one, a
 * later status or an exit ends it, a renewal pushes its planned end), so the history is the only truth and is
 * never rewritten. A status the model no longer knows (its plugin was removed) neither opens nor ends anything.
 */
public final class PathHistory {

    private static final Logger LOG = LoggerFactory.getLogger(PathHistory.class);

    /** "Due within 90 days" starts this many days before the deadline. */
    public static final int DUE_SOON_DAYS = 90;

    private PathHistory() {
    }

    /** {@code entries} in date order, then recording order. */
    public static List<Contract> contracts(List<PathEntry> entries, PathModel model) {
        List<Contract> out = new ArrayList<>();
        for (PathEntry e : entries) {
            if (e.renewal()) {
                for (int i = 0; i < out.size(); i++) {
                    Contract c = out.get(i);
                    if (c.open() && c.kind().equals(e.contractKind())) {
                        out.set(i, new Contract(c.kind(), c.start(), e.plannedEnd(), null, c.renewals() + 1));
                    }
                }
                continue;
            }
            Optional<PathStatusDefinition> status = model.status(e.statusCode());
            if (status.isEmpty()) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Contract c = out.get(i);
                if (c.open() && (status.get().exit() || status.get().endsContracts().contains(c.kind()))) {
                    out.set(i, new Contract(c.kind(), c.start(), c.plannedEnd(), e.date(), c.renewals()));
                }
            }
            if (e.contractKind() != null) {
                out.add(new Contract(e.contractKind(), e.date(), e.plannedEnd(), null, 0));
            }
        }
        return out;
    }

    public static PersonPath path(long personId, List<PathEntry> entries, PathModel model,
                                  Optional<AssociateDeadlineRule> rule, LocalDate today) {
        List<Contract> contracts = contracts(entries, model);
        PersonPath undated = new PersonPath(personId, entries, contracts, AssociateDeadline.NONE);
        return new PersonPath(personId, entries, contracts, deadline(undated, model, rule, today));
    }

    /** Nobody is flagged once associate or gone; otherwise the rule's date against today. */
    static AssociateDeadline deadline(PersonPath path, PathModel model, Optional<AssociateDeadlineRule> rule,
                                      LocalDate today) {
        if (rule.isEmpty() || path.entries().isEmpty()) {
            return AssociateDeadline.NONE;
        }
        for (PathEntry e : path.entries()) {
            Optional<PathStatusDefinition> s = model.status(e.statusCode());
            if (s.isPresent() && (s.get().associate() || s.get().exit()) && !e.date().isAfter(today)) {
                return AssociateDeadline.NONE;
            }
        }
        Optional<LocalDate> date;
        try {
            date = rule.get().deadline(path, model);
        } catch (RuntimeException e) {
            // a faulty country rule must not take every people list and file down with it
            LOG.error("associate deadline rule {} failed for person {}: {}", rule.get().getClass().getName(),
                    path.personId(), e.toString(), e);
            return AssociateDeadline.NONE;
        }
        if (date.isEmpty()) {
            return AssociateDeadline.NONE;
        }
        LocalDate d = date.get();
        DeadlineFlag flag = today.isAfter(d) ? DeadlineFlag.OVERDUE
                : today.isBefore(d.minusDays(DUE_SOON_DAYS)) ? DeadlineFlag.ON_TRACK : DeadlineFlag.DUE_WITHIN_90_DAYS;
        return new AssociateDeadline(d, flag);
    }
}
