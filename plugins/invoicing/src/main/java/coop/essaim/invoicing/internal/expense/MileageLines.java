package coop.essaim.invoicing.internal.expense;

import coop.essaim.api.expenses.MileageScale;
import coop.essaim.api.expenses.MileageScaleEdition;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseNotes.VehicleChoice;
import coop.essaim.invoicing.api.MileageLineDraft;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Mileage allowances at the country's scale ({@link MileageScale}). The band is that of the kilometres the note's
 * member has filed in the trip's calendar year with the same vehicle (category and electric or not), counting
 * every mileage line already recorded, whatever its note's status, in the order lines are recorded. A line is the
 * scale's year-to-date allowance with the trip less the year-to-date allowance without it, so the trip that
 * crosses into a new band also settles the year's earlier trips at the new formula, and a year's lines add up to
 * the scale's amount for the year's distance. A line taken off a draft is not refiled into the later ones: its
 * kilometres simply stop counting for the lines that follow.
 */
final class MileageLines {

    static final int MAX_TRIP_KM = 5_000;

    private final ModuleCatalog catalog;
    private final SalesRulebook rulebook;
    private final Clock clock;

    MileageLines(ModuleCatalog catalog, SalesRulebook rulebook, Clock clock) {
        this.catalog = catalog;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    /** The allowance of a checked trip, and the year's kilometres before it. */
    record Allowance(Money amount, long yearKmBefore, String travelAccount) {
    }

    List<VehicleChoice> vehicles(UserContext actor, LocalDate day) {
        return scale(actor).map(s -> s.editionOn(day).map(e -> e.vehicles().stream()
                .map(v -> new VehicleChoice(v.code(), s.vehicleLabel(v.code(), actor.locale()))).toList())
                .orElse(List.of())).orElse(List.of());
    }

    /** Refuses a trip that cannot be filed, naming each field; a country without a scale on {@code line.vehicle}. */
    void check(UserContext actor, MileageLineDraft d) {
        MileageScale scale = scale(actor).orElseThrow(() -> new ValidationException("line.vehicle",
                Messages.text(actor.locale(), "error.noMileageScale", rulebook.cooperative(actor).country())));
        List<FieldError> errors = new ArrayList<>();
        if (d.travelledOn() == null || d.travelledOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("line.travelledOn", Messages.text(actor.locale(), "error.travelledOn")));
        } else if (d.vehicle() == null || scale.editionOn(d.travelledOn()).flatMap(e -> e.vehicle(d.vehicle()))
                .isEmpty()) {
            errors.add(new FieldError("line.vehicle", Messages.text(actor.locale(), "error.vehicle",
                    d.vehicle() == null ? "" : d.vehicle(), d.travelledOn())));
        }
        text(errors, "line.from", d.from(), 200, actor);
        text(errors, "line.to", d.to(), 200, actor);
        text(errors, "line.purpose", d.purpose(), 500, actor);
        if (d.distanceKm() == null || d.distanceKm() < 1 || d.distanceKm() > MAX_TRIP_KM) {
            errors.add(new FieldError("line.distanceKm", Messages.text(actor.locale(), "error.distanceKm",
                    MAX_TRIP_KM)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The allowance of a checked trip filed on a note of {@code member}, inside the caller's transaction. */
    Allowance allowance(EntityManager em, UserContext actor, String member, MileageLineDraft d) {
        MileageScale scale = scale(actor).orElseThrow();
        MileageScaleEdition edition = scale.editionOn(d.travelledOn()).orElseThrow();
        LocalDate first = d.travelledOn().withDayOfYear(1);
        Object sum = em.createQuery("select sum(l.distanceKm) from InvoicingExpenseLine l"
                        + " where l.note.cooperativeId = :c and l.note.createdBy = :m and l.vehicle = :v"
                        + " and l.electric = :e and l.spentOn >= :first and l.spentOn <= :last")
                .setParameter("c", actor.cooperativeId()).setParameter("m", member)
                .setParameter("v", d.vehicle()).setParameter("e", d.electric())
                .setParameter("first", first).setParameter("last", first.plusYears(1).minusDays(1))
                .getSingleResult();
        long before = sum == null ? 0 : ((Number) sum).longValue();
        Currency currency = Currency.getInstance(rulebook.cooperative(actor).currency());
        Money amount = edition.lineAllowance(d.vehicle(), before, d.distanceKm(), d.electric(), currency);
        if (!amount.isPositive()) {
            throw new ValidationException("line.distanceKm", Messages.text(actor.locale(), "error.distanceKm",
                    MAX_TRIP_KM));
        }
        return new Allowance(amount, before, scale.travelAccount());
    }

    private Optional<MileageScale> scale(UserContext actor) {
        String country = rulebook.cooperative(actor).country();
        return catalog.implementations(MileageScale.class).stream().filter(s -> s.country().equals(country))
                .findFirst();
    }

    private static void text(List<FieldError> errors, String field, String value, int max, UserContext actor) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.add(new FieldError(field, Messages.text(actor.locale(), "error.length", 1, max)));
        }
    }
}
