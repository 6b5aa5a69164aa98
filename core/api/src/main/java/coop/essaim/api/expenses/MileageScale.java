package coop.essaim.api.expenses;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Extension point: a country's mileage scale, contributed by that country's plugin: what a member is reimbursed
 * for the kilometres they drive for their activity in their own vehicle, by vehicle category and distance
 * driven in the calendar year (the French "barème kilométrique"). The invoicing plugin reads the scale whose
 * {@link #country()} is the cooperative's (through {@code ModuleCatalog.implementations}); a cooperative whose
 * country has none cannot file mileage.
 *
 * <p><b>What the plugin must do.</b> Return every edition the country has had, current and past, each valid from
 * its date until the next one starts (a trip of last year keeps last year's scale, so never edit a past edition:
 * add the new one). Vehicle codes are stable (they are stored on each line) and their labels translated. Return
 * the same immutable lists every time and never block: called from page requests, on any thread.
 */
public interface MileageScale {

    /** ISO 3166 alpha-2 code of the country, upper case ({@code FR}). */
    String country();

    /** Every edition of the scale, current and past; no two start on the same day. */
    List<MileageScaleEdition> editions();

    /** The vehicle category's name for people ({@code 5 CV} car), in {@code locale} or the country's language. */
    String vehicleLabel(String vehicleCode, Locale locale);

    /** The account of the country's chart the allowances post to (French PCG 625100 "Voyages et déplacements"). */
    String travelAccount();

    /** The edition in force on {@code day}: the latest that starts on or before it, if any. */
    default Optional<MileageScaleEdition> editionOn(LocalDate day) {
        return editions().stream().filter(e -> !e.validFrom().isAfter(day))
                .max(Comparator.comparing(MileageScaleEdition::validFrom));
    }
}
