package coop.essaim.invoicing.ui;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ResultPage;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.invoicing.api.InvoiceStatus;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The invoices in reach, newest first: filtered in the URL by {@code activity}, {@code status} and
 * {@code overdue=1}, 50 a page ({@code page}), with the CSV export of the same filter.
 */
public class InvoicesPage extends InvoicingPage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    public InvoicesPage(PageParameters parameters) {
        super(parameters);
        askedActivity(parameters, activitiesInReach());
        InvoiceQuery filter = filter(parameters, 0, InvoiceQuery.MAX_LIMIT);
        Long activityId = filter.activityId();
        InvoiceStatus status = filter.status();
        LocalDate overdueOn = filter.overdueOn();
        int pageNumber = Math.max(0, parameters.get("page").toInt(0));
        IModel<ResultPage<Invoice>> page = LoadableDetachableModel.of(() -> invoicing().invoices().list(user(),
                new InvoiceQuery(activityId, status, overdueOn, pageNumber * PAGE_SIZE, PAGE_SIZE)));
        IModel<Map<Long, String>> names = LoadableDetachableModel.of(() -> activitiesInReach().stream()
                .collect(Collectors.toMap(Activity::id, Activity::name, (a, b) -> a)));
        add(new ListView<>("activities", LoadableDetachableModel.of(this::activitiesInReach)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Activity> item) {
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", InvoicesPage.class,
                        new PageParameters().set("activity", item.getModelObject().id()));
                link.add(new Label("name", item.getModelObject().name()));
                item.add(link);
            }
        });
        add(new BookmarkablePageLink<Void>("overdue", InvoicesPage.class, new PageParameters().set("overdue", 1)));
        add(new BookmarkablePageLink<Void>("drafts", InvoicesPage.class,
                new PageParameters().set("status", InvoiceStatus.SUBMITTED.name())));
        add(new BookmarkablePageLink<Void>("customers", CustomersPage.class, filter.activityId() == null
                ? new PageParameters() : new PageParameters().set("activity", filter.activityId())));
        add(new ResourceLink<Void>("csv", new InvoicesCsv(this::csvRows, getLocale())));
        add(new Label("count", LoadableDetachableModel.of(() -> page.getObject().total())));
        add(new ListView<>("invoices", LoadableDetachableModel.of(() -> page.getObject().items())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Invoice> item) {
                Invoice i = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", InvoicePage.class,
                        new PageParameters().set("id", i.id()));
                link.add(new Label("number", i.number() == null ? getString("invoices.noNumber") : i.number()));
                item.add(link);
                item.add(new Label("kind", getString("kind." + i.kind().name())));
                item.add(new Label("date", date(i.issueDate())));
                item.add(new Label("activity", names.getObject().getOrDefault(i.activityId(), "")));
                item.add(new Label("customer", i.buyerName() == null ? customerName(i) : i.buyerName()));
                item.add(new Label("total", money(i.totalInclVat())));
                item.add(new Label("outstanding", money(i.outstanding())));
                item.add(new Label("due", date(i.dueDate())));
                item.add(new Label("status", i.isOverdueOn(LocalDate.now()) ? getString("invoices.overdue")
                        : getString("status." + i.status().name())));
            }
        });
        add(new BookmarkablePageLink<Void>("previous", InvoicesPage.class,
                new PageParameters(parameters).set("page", pageNumber - 1)).setVisible(pageNumber > 0));
        add(new BookmarkablePageLink<Void>("next", InvoicesPage.class,
                new PageParameters(parameters).set("page", pageNumber + 1)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible((long) (pageNumber + 1) * PAGE_SIZE < page.getObject().total());
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("invoices.title");
    }

    private String customerName(Invoice invoice) {
        return invoicing().customers().find(user(), invoice.customerId()).map(c -> c.details().name()).orElse("");
    }

    /** Every row of the filter (pages of the service's largest size), for the CSV export. */
    private List<InvoicesCsv.Row> csvRows() {
        InvoiceQuery filter = filter(getPageParameters(), 0, InvoiceQuery.MAX_LIMIT);
        Map<Long, String> names = activitiesInReach().stream()
                .collect(Collectors.toMap(Activity::id, Activity::name, (a, b) -> a));
        Function<Invoice, InvoicesCsv.Row> row = i -> new InvoicesCsv.Row(i, names.getOrDefault(i.activityId(), ""),
                i.buyerName() == null ? customerName(i) : i.buyerName(), getString("kind." + i.kind().name()),
                getString("status." + i.status().name()));
        List<InvoicesCsv.Row> rows = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += InvoiceQuery.MAX_LIMIT) {
            ResultPage<Invoice> page = invoicing().invoices().list(user(), new InvoiceQuery(filter.activityId(),
                    filter.status(), filter.overdueOn(), offset, InvoiceQuery.MAX_LIMIT));
            page.items().stream().map(row).forEach(rows::add);
            if (offset + InvoiceQuery.MAX_LIMIT >= page.total()) {
                return rows;
            }
        }
    }

    private static InvoiceQuery filter(PageParameters p, int offset, int limit) {
        Long activity = p.get("activity").toOptionalLong();
        String status = p.get("status").toString(null);
        InvoiceStatus s = status == null ? null : java.util.Arrays.stream(InvoiceStatus.values())
                .filter(v -> v.name().equals(status)).findFirst().orElse(null);
        LocalDate overdue = p.get("overdue").toInt(0) == 1 ? LocalDate.now() : null;
        return new InvoiceQuery(activity, s, overdue, offset, limit);
    }
}
