package coop.essaim.payroll.ui;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.payroll.internal.Payroll;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.Component;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableSupplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;

/** What the payroll pages share: the module's services, formatting for the reader, refusals as feedback. */
abstract class PayrollPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    PayrollPage(PageParameters parameters) {
        super(parameters);
    }

    /** A person offered in a form's choice. */
    record Choice(long id, String name) implements Serializable {
    }

    /**
     * The activity a page about one activity shows ({@code ?activity=}, else the first the user reaches), with
     * links to the same page for each activity it could show; none at all: the user's payslips instead.
     */
    final Activity activityShown(PageParameters parameters, SerializableSupplier<List<Activity>> reachable) {
        Long asked = parameters.get("activity").toOptionalLong();
        Activity activity = reachable.get().stream().filter(a -> asked == null || a.id() == asked).findFirst()
                .orElseThrow(() -> new RestartResponseException(PayslipsPage.class));
        add(new Label("activity", activity.name()));
        Class<? extends PayrollPage> page = getClass();
        add(new ListView<>("activities", LoadableDetachableModel.of(reachable)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Activity> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", page,
                        new PageParameters().set("activity", item.getModelObject().id()));
                link.add(new Label("name", item.getModelObject().name()));
                item.add(link);
            }
        });
        return activity;
    }

    /** The activity's members as the user may name them ({@code #id} for one they may not read). */
    final List<Choice> members(Activity activity) {
        People people = module().service(People.class);
        return activity.memberIds().stream().map(id -> people.find(user(), id)
                .map(p -> new Choice(p.id(), p.displayName())).orElse(new Choice(id, "#" + id))).toList();
    }

    final Payroll payroll() {
        return Payroll.of(module());
    }

    /** The user acting in this request, for the page's forms. */
    final coop.essaim.api.security.UserContext actor() {
        return user();
    }

    final Currency currency() {
        return Currency.getInstance(module().service(CooperativeDirectory.class).find(user().cooperativeId())
                .orElseThrow().currency());
    }

    final String money(Money amount) {
        return amount == null ? "" : amount.format(getLocale());
    }

    final String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    final String monthName(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(month);
    }

    /** {@code ?month=2026-11}, or {@code fallback} when absent or malformed. */
    static YearMonth month(PageParameters parameters, YearMonth fallback) {
        String text = parameters.get("month").toOptionalString();
        if (text == null) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** An amount typed with a decimal comma or point, {@code null} when blank, or an error shown on the field. */
    final Money typedMoney(String text, Component field, Currency currency) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parse(text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'), currency);
        } catch (IllegalArgumentException e) {
            field.error(getString("form.amount"));
            throw new FieldRefused();
        }
    }

    final BigDecimal typedDecimal(String text, Component field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            field.error(getString("form.number"));
            throw new FieldRefused();
        }
    }

    final YearMonth typedMonth(String text, Component field) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            field.error(getString("form.month"));
            throw new FieldRefused();
        }
    }

    /** Each refusal of the service, named by field, on the form that caused it. */
    final void show(ValidationException refusal, Component form) {
        refusal.errors().forEach(e -> form.error(getString("field." + e.field(), null, e.field()) + " : "
                + e.message()));
    }

    /** A typed value was refused; its error is already on the field. */
    static final class FieldRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FieldRefused() {
            super(null, null, false, false);
        }
    }
}
