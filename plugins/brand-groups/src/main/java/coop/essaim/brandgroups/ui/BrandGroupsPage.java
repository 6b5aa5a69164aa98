package coop.essaim.brandgroups.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.brandgroups.internal.BrandGroups;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What the brand-group pages share: the module's services, formatting for the reader, reading the forms' text,
 * refusals as feedback naming the field.
 */
abstract class BrandGroupsPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    BrandGroupsPage(PageParameters parameters) {
        super(parameters);
    }

    final BrandGroups services() {
        return BrandGroups.of(module());
    }

    final String money(Money m) {
        return m == null ? "—" : m.format(getLocale());
    }

    final String month(YearMonth m) {
        return m == null ? "—" : DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(m);
    }

    final String day(LocalDate d) {
        return d == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(d);
    }

    /** Each refusal as feedback, the field's label first. */
    final void refused(ValidationException e) {
        e.errors().forEach(f -> error(getString("field." + label(f.field()), null, f.field()) + " : " + f.message()));
    }

    /** {@code members[2].percent} is labelled as {@code percent}. */
    private static String label(String field) {
        int dot = field.lastIndexOf('.');
        String last = dot < 0 ? field : field.substring(dot + 1);
        return last.replaceAll("\\[\\d+]", "");
    }

    static String text(IModel<String> model) {
        return model.getObject() == null ? "" : model.getObject().strip();
    }

    /** A month written 2026-06; null (with feedback naming the field) when it is not one. */
    final YearMonth parseMonth(IModel<String> model, String field) {
        try {
            return YearMonth.parse(text(model));
        } catch (RuntimeException e) {
            error(getString("field." + field) + " : " + getString("error.monthFormat"));
            return null;
        }
    }

    final LocalDate parseDay(IModel<String> model, String field) {
        try {
            return LocalDate.parse(text(model));
        } catch (RuntimeException e) {
            error(getString("field." + field) + " : " + getString("error.dayFormat"));
            return null;
        }
    }

    /** A decimal written with a comma or a point; blank is null. */
    final BigDecimal parseDecimal(IModel<String> model, String field) {
        String t = text(model).replace(',', '.').replaceAll("[\\s\u00a0\u202f]", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            error(getString("field." + field) + " : " + getString("error.numberFormat"));
            return null;
        }
    }

    final Money parseMoney(IModel<String> model, String field) {
        BigDecimal d = parseDecimal(model, field);
        if (d == null) {
            return null;
        }
        try {
            return Money.parse(d.toPlainString(), services().groups().currency(user().cooperativeId()));
        } catch (RuntimeException e) {
            error(getString("field." + field) + " : " + getString("error.numberFormat"));
            return null;
        }
    }
}
