package coop.essaim.governance.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.governance.api.Mandate;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the pages of bodies, mandates and board meetings share: their translations ({@code BodyPageBase_fr/_en}),
 * a mandate's dates as a phrase, a choice of people shown by name, a required choice refused naming its field.
 */
abstract class BodyPageBase extends GovernancePage {

    private static final long serialVersionUID = 1L;

    BodyPageBase(PageParameters parameters) {
        super(parameters);
    }

    /** The parameters of one body's (or one meeting's) page. */
    static PageParameters of(long id) {
        return new PageParameters().set("id", id);
    }

    /** "from 1 Jan 2026" or "from 1 Jan 2026 to 31 Dec 2028". */
    final String period(Mandate x) {
        String from = getString("mandate.from").replace("{from}", day(x.from()));
        return x.to() == null ? from : from + " " + getString("mandate.to").replace("{to}", day(x.to()));
    }

    /** In force on {@code day}, ended, or not begun yet. */
    final String state(Mandate x, LocalDate day) {
        return getString(x.activeOn(day) ? "mandate.current" : x.from().isAfter(day) ? "mandate.coming"
                : "mandate.ended");
    }

    /** Ids shown by their name in {@code names}, or their number. */
    static ChoiceRenderer<Long> byName(IModel<Map<Long, String>> names) {
        return new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long id) {
                return names.getObject().getOrDefault(id, "#" + id);
            }

            @Override
            public String getIdValue(Long id, int index) {
                return String.valueOf(id);
            }
        };
    }

    final long required(Long id, String field) {
        if (id == null) {
            throw new ValidationException(field, getString("required"));
        }
        return id;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A date typed in a field, refused naming the field when it is not one. */
    final LocalDate dated(String value, String field) {
        LocalDate d = date(value);
        if (d == null) {
            throw new ValidationException(field, getString("date.format"));
        }
        return d;
    }
}
