package coop.essaim.api.people;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of a member's open-ended employment contract (a CESA in France) from {@code validFrom} on:
 * {@code hours} worked {@code per} week or month (hours are recorded even though pay does not follow them:
 * charge reductions and training rights need them), and the {@code loadedHourlyCost} (net + employee and
 * employer contributions) the salary budget turns hours into. An amendment is a new version from a later
 * date; none is ever changed. {@code details} says what the amendment is.
 */
public record EmploymentTerms(LocalDate validFrom, BigDecimal hours, Per per, Money loadedHourlyCost,
                              String details) {

    public enum Per {
        WEEK, MONTH
    }
}
