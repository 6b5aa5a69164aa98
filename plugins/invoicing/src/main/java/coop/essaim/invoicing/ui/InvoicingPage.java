package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.Component;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;

/** What the invoicing pages share: the module's services, formatting for the reader, refusals as feedback. */
abstract class InvoicingPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    InvoicingPage(PageParameters parameters) {
        super(parameters);
    }

    final Invoicing invoicing() {
        return Invoicing.of(module());
    }

    /** The open activities the user reaches, by name. */
    final List<Activity> activitiesInReach() {
        return module().service(Activities.class).list(user(), null, ActivityStatus.ACTIVE).stream()
                .filter(a -> invoicing().reach().reaches(user(), a.id())).toList();
    }

    /** The user acting in this request, for the page's panels. */
    final coop.essaim.api.security.UserContext currentUserContext() {
        return user();
    }

    /**
     * The activity a per-activity page shows ({@code ?activity=}; the first in reach when absent, back to the
     * invoices when none), with its name ({@code activity}) and links to the same page for each other activity in
     * reach ({@code activities}). An activity asked for and out of reach is answered 404, like one that does not
     * exist, rather than silently showing another.
     */
    final long chooseActivity(PageParameters parameters) {
        List<Activity> reachable = activitiesInReach();
        Long asked = askedActivity(parameters, reachable);
        Activity activity = reachable.stream().filter(a -> asked == null || a.id() == asked).findFirst()
                .orElseThrow(() -> new RestartResponseException(InvoicesPage.class));
        add(new Label("activity", activity.name()));
        Class<? extends InvoicingPage> self = getClass();
        add(new ListView<>("activities", LoadableDetachableModel.of(this::activitiesInReach)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Activity> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", self,
                        new PageParameters().set("activity", item.getModelObject().id()));
                link.add(new Label("name", item.getModelObject().name()));
                item.add(link);
            }
        });
        return activity.id();
    }

    /** The {@code ?activity=} asked for, null when absent; 404 when it is not a number or out of reach. */
    static Long askedActivity(PageParameters parameters, List<Activity> reachable) {
        if (parameters.get("activity").isEmpty()) {
            return null;
        }
        Long asked;
        try {
            asked = parameters.get("activity").toOptionalLong();
        } catch (org.apache.wicket.util.string.StringValueConversionException e) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        if (reachable.stream().noneMatch(a -> a.id() == asked)) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        return asked;
    }

    final String money(Money amount) {
        return amount == null ? "" : amount.format(getLocale());
    }

    final String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(day);
    }

    final String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    final Currency currency() {
        return Currency.getInstance(invoicing().rulebook().cooperative(user()).currency());
    }

    /** An amount typed with a decimal comma or point ({@code 1 200,50}), or {@code null} with an error shown. */
    final Money typedMoney(String text, Component field) {
        try {
            return Money.parse(text == null ? "" : text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'),
                    currency());
        } catch (IllegalArgumentException e) {
            field.error(getString("form.amount"));
            return null;
        }
    }

    /** A decimal typed with a comma or a point, or {@code null} with an error shown. */
    final BigDecimal typedDecimal(String text, Component field) {
        try {
            return new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            field.error(getString("form.number"));
            return null;
        }
    }

    /** Each refusal of the service, named by field, on the form that caused it. */
    final void show(ValidationException refusal, Component form) {
        refusal.errors().forEach(e -> form.error(fieldLabel(e.field()) + " : " + e.message()));
    }

    final void show(AccessDeniedException refusal, Component form) {
        form.error(getString("form.denied"));
    }

    private String fieldLabel(String field) {
        String key = "field." + field.replaceAll("\\[\\d+]", "");
        String label = getString(key, null, field);
        var index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        return index.find() ? label + " (" + getString("field.line") + " " + (Integer.parseInt(index.group(1)) + 1)
                + ")" : label;
    }
}
