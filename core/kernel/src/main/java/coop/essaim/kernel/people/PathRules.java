package coop.essaim.kernel.people;

import coop.essaim.api.people.Contract;
import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks a step must pass before it is written, each refusal naming its field and saying why: the
 * transition must be one the path model allows (a path starts with an initial status, nobody leaves before
 * entering, nothing follows an exit), dates go in order, a date in the future is accepted only up to the
 * planned end of an open fixed-term contract, a person never holds two open contracts of one kind, a
 * fixed-term contract has a planned end after its start, an exit has a reason.
 */
final class PathRules {

    static final int DETAILS_MAX = 2000;

    private final PathModel model;
    private final Locale locale;
    private final LocalDate today;

    PathRules(PathModel model, Locale locale, LocalDate today) {
        this.model = model;
        this.locale = locale;
        this.today = today;
    }

    /** {@code entries}: the path so far, in order. Throws the refusals, if any. */
    void checkTransition(List<PathEntry> entries, PathChange change) {
        PeopleMessages errors = new PeopleMessages(locale);
        Optional<PathStatusDefinition> target = change.statusCode() == null ? Optional.empty()
                : model.status(change.statusCode());
        if (target.isEmpty()) {
            errors.add("status", "people.path.status.unknown", labels(model.statuses().stream()
                    .map(PathStatusDefinition::code).toList()));
            errors.throwIfAny();
        }
        PathStatusDefinition to = target.get();
        Optional<PathEntry> last = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
        if (last.isEmpty()) {
            if (to.exit()) {
                errors.add("status", "people.path.exitBeforeEntry");
            } else if (!to.initial()) {
                errors.add("status", "people.path.notInitial", labels(model.statuses().stream()
                        .filter(PathStatusDefinition::initial).map(PathStatusDefinition::code).toList()));
            }
        } else {
            Optional<PathStatusDefinition> from = model.status(last.get().statusCode());
            if (from.isPresent() && from.get().exit()) {
                errors.add("status", "people.path.closed", last.get().date());
            } else if (from.isEmpty() || !from.get().next().contains(to.code())) {
                List<String> allowed = from.map(f -> f.next().stream().sorted().toList()).orElse(List.of());
                errors.add("status", "people.path.transition", label(last.get().statusCode()), labels(allowed));
            }
        }
        List<Contract> contracts = PathHistory.contracts(entries, model);
        checkDate(errors, last, change.date(), contracts);
        if (to.opensContract() != null) {
            checkNewContract(errors, to, change, contracts);
        } else if (change.plannedEnd() != null) {
            errors.add("plannedEnd", "people.path.plannedEnd.none");
        }
        if (to.exit()) {
            checkExit(errors, change);
        } else if (change.exitReason() != null && !change.exitReason().isBlank()) {
            errors.add("exitReason", "people.path.exitReason.notExit");
        }
        errors.maxLength("details", change.details(), DETAILS_MAX);
        errors.throwIfAny();
    }

    /** A renewal of the open contract of {@code kind}: signed before it ends, for a later planned end. */
    void checkRenewal(List<PathEntry> entries, String kind, LocalDate date, LocalDate newPlannedEnd, String details) {
        PeopleMessages errors = new PeopleMessages(locale);
        List<Contract> contracts = PathHistory.contracts(entries, model);
        Optional<Contract> open = contracts.stream().filter(c -> c.open() && c.kind().equals(kind)).findFirst();
        if (open.isEmpty()) {
            errors.add("contractKind", "people.path.renewal.noContract", contractLabel(kind));
            errors.throwIfAny();
        }
        Contract c = open.get();
        if (c.plannedEnd() == null) {
            errors.add("contractKind", "people.path.renewal.openEnded", contractLabel(kind));
            errors.throwIfAny();
        }
        Optional<PathEntry> last = Optional.of(entries.get(entries.size() - 1));
        checkDate(errors, last, date, contracts);
        if (date != null && date.isAfter(c.plannedEnd()) && !errors.has("date")) {
            errors.add("date", "people.path.renewal.afterEnd", c.plannedEnd());
        }
        if (newPlannedEnd == null) {
            errors.add("plannedEnd", "people.path.plannedEnd.required");
        } else if (!newPlannedEnd.isAfter(c.plannedEnd())) {
            errors.add("plannedEnd", "people.path.renewal.later", c.plannedEnd());
        }
        errors.maxLength("details", details, DETAILS_MAX);
        errors.throwIfAny();
    }

    private void checkDate(PeopleMessages errors, Optional<PathEntry> last, LocalDate date, List<Contract> contracts) {
        if (date == null) {
            errors.add("date", "people.required");
            return;
        }
        if (last.isPresent() && date.isBefore(last.get().date())) {
            errors.add("date", "people.path.dateOrder", last.get().date());
            return;
        }
        if (date.isAfter(today)) {
            List<Contract> fixed = contracts.stream().filter(c -> c.open() && c.plannedEnd() != null).toList();
            if (fixed.isEmpty()) {
                errors.add("date", "people.path.future");
            } else {
                Contract latestEnd = fixed.stream().max((a, b) -> a.plannedEnd().compareTo(b.plannedEnd())).get();
                if (date.isAfter(latestEnd.plannedEnd())) {
                    errors.add("date", "people.path.futureBeyondEnd", contractLabel(latestEnd.kind()),
                            latestEnd.plannedEnd());
                }
            }
        }
    }

    /**
     * A new contract of {@code to}'s kind: nobody holds two open contracts of one kind, unless {@code to} ends the
     * open one as it opens the next (successive fixed-term contracts, such as Belgian short job contracts). A
     * fixed-term contract may last a single day: its planned end is on or after its start.
     */
    private void checkNewContract(PeopleMessages errors, PathStatusDefinition to, PathChange change,
                                  List<Contract> contracts) {
        String kindCode = to.opensContract();
        Optional<ContractKind> kind = model.contractKind(kindCode);
        contracts.stream().filter(c -> c.open() && c.kind().equals(kindCode) && !to.endsContracts().contains(kindCode))
                .findFirst()
                .ifPresent(c -> errors.add("status", "people.path.contractOpen", contractLabel(kindCode),
                        c.start()));
        boolean fixedTerm = kind.map(ContractKind::fixedTerm).orElse(false);
        if (fixedTerm && change.plannedEnd() == null) {
            errors.add("plannedEnd", "people.path.plannedEnd.required");
        } else if (fixedTerm && change.date() != null && change.plannedEnd().isBefore(change.date())) {
            errors.add("plannedEnd", "people.path.plannedEnd.order", change.date());
        } else if (!fixedTerm && change.plannedEnd() != null) {
            errors.add("plannedEnd", "people.path.plannedEnd.openEnded", contractLabel(kindCode));
        }
    }

    private void checkExit(PeopleMessages errors, PathChange change) {
        Optional<ExitReason> reason = change.exitReason() == null ? Optional.empty()
                : model.exitReason(change.exitReason());
        if (reason.isEmpty()) {
            errors.add("exitReason", "people.path.exitReason.choice", labels(model.exitReasons().stream()
                    .map(ExitReason::code).toList(), "people.exit."));
        } else if (reason.get().needsDetails() && (change.details() == null || change.details().isBlank())) {
            errors.add("details", "people.path.exitReason.details");
        }
    }

    private String label(String statusCode) {
        return translated(model.status(statusCode).map(PathStatusDefinition::labelKey).orElse(null), statusCode);
    }

    private String labels(List<String> statusCodes) {
        return statusCodes.isEmpty() ? "-" : statusCodes.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private String labels(List<String> codes, String keyPrefix) {
        return codes.stream().map(c -> translated(keyPrefix + c, c)).collect(Collectors.joining(", "));
    }

    private String contractLabel(String kind) {
        return translated(model.contractKind(kind).map(ContractKind::labelKey).orElse(null), kind);
    }

    /** The core's own labels are in its bundle; a country plugin's are not, and then its code is shown. */
    private String translated(String key, String code) {
        if (key == null) {
            return code;
        }
        String text = PeopleMessages.text(locale, key);
        return text.equals(key) ? code : text;
    }

}
