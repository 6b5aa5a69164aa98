package coop.essaim.reporting.internal;

import coop.essaim.api.reporting.MeasureUnit;
import coop.essaim.api.reporting.ReportMeasures.Status;
import coop.essaim.reporting.api.ActivityReport;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How a report's values read for a person: counts and days as integers, rates with one decimal and %, money. */
public final class ReportFormat {

    private final Locale locale;
    private final Messages messages;

    public ReportFormat(Locale locale) {
        this.locale = locale;
        this.messages = new Messages(locale);
    }

    public String cell(MeasureUnit unit, ActivityReport.Cell c) {
        if (c.status() == Status.WITHHELD) {
            return messages.text("value.withheld");
        }
        if (c.status() == Status.UNAVAILABLE) {
            return messages.text("value.unavailable");
        }
        return value(unit, c.number(), c.money() == null ? null : c.money().format(locale));
    }

    public String change(MeasureUnit unit, ActivityReport.Change change) {
        if (change.money() != null) {
            return (change.money().isPositive() ? "+" : "") + change.money().format(locale);
        }
        if (change.number() == null) {
            return "—";
        }
        String shown = number(unit, change.number());
        String signed = change.number().signum() > 0 ? "+" + shown : shown;
        return unit == MeasureUnit.PERCENT ? signed.replace(" %", "") + " " + messages.text("value.points") : signed;
    }

    private String value(MeasureUnit unit, BigDecimal number, String money) {
        if (money != null) {
            return money;
        }
        return number == null ? "—" : number(unit, number);
    }

    private String number(MeasureUnit unit, BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(unit == MeasureUnit.PERCENT ? 1 : 0);
        f.setMaximumFractionDigits(unit == MeasureUnit.PERCENT ? 1 : 0);
        return unit == MeasureUnit.PERCENT ? f.format(n) + " %" : f.format(n);
    }
}
