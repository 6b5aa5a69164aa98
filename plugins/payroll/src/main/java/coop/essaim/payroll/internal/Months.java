package coop.essaim.payroll.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/** Months as the tables store them: the first day of the month. */
public final class Months {

    private Months() {
    }

    public static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }

    public static YearMonth of(LocalDate firstDay) {
        return YearMonth.from(firstDay);
    }
}
