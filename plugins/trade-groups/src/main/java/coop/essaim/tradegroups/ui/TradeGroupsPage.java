package coop.essaim.tradegroups.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.tradegroups.internal.TradeGroups;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What the trade-group pages share: the module's services, formatting for the reader, reading the forms' text,
 * refusals as feedback naming the field.
 */
abstract class TradeGroupsPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    TradeGroupsPage(PageParameters parameters) {
        super(parameters);
    }

    final TradeGroups services() {
        return TradeGroups.of(module());
    }

    final String money(Money m) {
        return m == null ? "—" : m.format(getLocale());
    }

    final String day(LocalDate d) {
        return d == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(d);
    }

    /** Each refusal as feedback, the field's label first. */
    final void refused(ValidationException e) {
        e.errors().forEach(f -> error(getString("field." + label(f.field()), null, f.field()) + " : " + f.message()));
    }

    /** {@code lines[2].minimum} is labelled as {@code minimum}. */
    static String label(String field) {
        int dot = field.lastIndexOf('.');
        String last = dot < 0 ? field : field.substring(dot + 1);
        return last.replaceAll("\\[\\d+]", "");
    }

    static String text(IModel<String> model) {
        return model.getObject() == null ? "" : model.getObject().strip();
    }

    /** A day written 2026-06-15; blank is null; otherwise null with feedback naming the field. */
    final LocalDate parseDay(IModel<String> model, String field) {
        if (text(model).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text(model));
        } catch (RuntimeException e) {
            error(getString("field." + field) + " : " + getString("error.dayFormat"));
            return null;
        }
    }

    /** An amount written with a comma or a point; blank is null; otherwise null with feedback naming the field. */
    final Money parseMoney(IModel<String> model, String field) {
        String t = text(model).replace(',', '.').replaceAll("[\\s\u00a0\u202f€]", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Money.parse(new BigDecimal(t).toPlainString(), services().grids().currency(user().cooperativeId()));
        } catch (RuntimeException e) {
            error(getString("field." + field) + " : " + getString("error.numberFormat"));
            return null;
        }
    }
}
