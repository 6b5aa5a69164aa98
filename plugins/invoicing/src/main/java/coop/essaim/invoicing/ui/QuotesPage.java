package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.api.QuoteStatus;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One activity's quotes ({@code ?activity=}), newest first, filtered by {@code status} (EXPIRED: sent and past
 * their validity date), with the CSV export of the same filter and the form that starts a new quote.
 */
public class QuotesPage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;
    private final QuoteStatus status;

    public QuotesPage(PageParameters parameters) {
        super(parameters);
        this.activityId = chooseActivity(parameters);
        String asked = parameters.get("status").toString(null);
        this.status = Arrays.stream(QuoteStatus.values()).filter(s -> s.name().equals(asked)).findFirst()
                .orElse(null);
        IModel<List<Quote>> quotes = LoadableDetachableModel.of(() -> invoicing().quotes().of(user(), activityId,
                status));
        IModel<List<Customer>> customers = LoadableDetachableModel.of(() -> invoicing().customers().list(user(),
                activityId));
        add(new BookmarkablePageLink<Void>("all", QuotesPage.class, new PageParameters().set("activity", activityId)));
        add(new ListView<>("statuses", Arrays.asList(QuoteStatus.values())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<QuoteStatus> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", QuotesPage.class,
                        new PageParameters().set("activity", activityId).set("status", item.getModelObject().name()));
                link.add(new Label("name", getString("quoteStatus." + item.getModelObject().name())));
                item.add(link);
            }
        });
        add(new ResourceLink<Void>("csv", new QuotesCsv(this::csvRows, getLocale())));
        add(new Label("count", LoadableDetachableModel.of(() -> quotes.getObject().size())));
        add(new ListView<>("quotes", quotes) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Quote> item) {
                Quote q = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", QuotePage.class,
                        new PageParameters().set("id", q.id()));
                link.add(new Label("number", q.number() == null ? getString("quotes.noNumber") : q.number()));
                item.add(link);
                item.add(new Label("date", date(q.issueDate())));
                item.add(new Label("customer", names(customers).getOrDefault(q.customerId(), "")));
                item.add(new Label("total", money(q.totalInclVat())));
                item.add(new Label("validUntil", date(q.validUntil())));
                item.add(new Label("status", getString("quoteStatus." + q.status().name())));
            }
        });
        add(newQuoteForm(customers));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("quotes.title");
    }

    private static Map<Long, String> names(IModel<List<Customer>> customers) {
        return customers.getObject().stream().collect(Collectors.toMap(Customer::id, c -> c.details().name()));
    }

    private List<QuotesCsv.Row> csvRows() {
        Map<Long, String> names = invoicing().customers().list(user(), activityId).stream()
                .collect(Collectors.toMap(Customer::id, c -> c.details().name()));
        return invoicing().quotes().of(user(), activityId, status).stream().map(q -> new QuotesCsv.Row(q,
                names.getOrDefault(q.customerId(), ""), getString("quoteStatus." + q.status().name()))).toList();
    }

    private Form<Void> newQuoteForm(IModel<List<Customer>> customers) {
        IModel<Long> customer = Model.of((Long) null);
        IModel<String> deposit = Model.of("0");
        LineFields line = new LineFields(() -> invoicing().rulebook().ratesOn(user(), java.time.LocalDate.now())
                .stream().map(coop.essaim.api.sales.VatRate::code).toList());
        TextField<String> depositField = new TextField<>("deposit", deposit);
        Form<Void> form = new Form<>("quoteForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE) && !customers.getObject().isEmpty());
            }

            @Override
            protected void onSubmit() {
                LineDraft first = line.draft(QuotesPage.this, this);
                BigDecimal percent = typedDecimal(deposit.getObject(), depositField);
                if (customer.getObject() == null) {
                    error(getString("quotes.chooseCustomer"));
                }
                if (first == null || percent == null || customer.getObject() == null) {
                    return;
                }
                try {
                    Quote draft = invoicing().quotes().create(user(), activityId, new QuoteDraft(customer.getObject(),
                            null, null, percent, null, List.of(first)));
                    setResponsePage(QuotePage.class, new PageParameters().set("id", draft.id()));
                } catch (ValidationException e) {
                    show(e, this);
                } catch (AccessDeniedException e) {
                    show(e, this);
                }
            }
        };
        IModel<List<Long>> ids = LoadableDetachableModel.of(() -> customers.getObject().stream().map(Customer::id)
                .toList());
        form.add(new DropDownChoice<>("customer", customer, ids, new CustomerNames(customers)), depositField);
        line.addTo(form);
        return form;
    }
}
