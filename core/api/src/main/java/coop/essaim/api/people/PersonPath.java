package coop.essaim.api.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A member's whole path: the history in order (date, then recording order), the contracts it opened and where
 * the person stands against the associate deadline.
 */
public record PersonPath(long personId, List<PathEntry> entries, List<Contract> contracts,
                         AssociateDeadline deadline) {

    public PersonPath {
        entries = List.copyOf(entries);
        contracts = List.copyOf(contracts);
    }

    public Optional<PathEntry> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /** The first date the person entered {@code statusCode}, if they ever did. */
    public Optional<LocalDate> firstEntered(String statusCode) {
        return entries.stream().filter(e -> !e.renewal() && e.statusCode().equals(statusCode))
                .map(PathEntry::date).findFirst();
    }

    /** The first contract of {@code kind} the path opened. */
    public Optional<Contract> firstContract(String kind) {
        return contracts.stream().filter(c -> c.kind().equals(kind)).findFirst();
    }

    public Optional<Contract> openContract(String kind) {
        return contracts.stream().filter(c -> c.kind().equals(kind) && c.open()).findFirst();
    }
}
