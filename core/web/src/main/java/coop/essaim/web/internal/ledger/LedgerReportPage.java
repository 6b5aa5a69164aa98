package coop.essaim.web.internal.ledger;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.form.DateField;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report of the accounting section: its filters (in the address, so it can be bookmarked), its table with
 * amounts for the user's language, the CSV export of the same filters and, for the general ledger, the pager.
 * The kernel decides what the user may read; an activity they may not see answers "not found", like the
 * activity pages.
 */
public abstract class LedgerReportPage extends CorePage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    private final ReportFilter filter;
    private ReportTable table;

    protected LedgerReportPage(PageParameters parameters) {
        super(parameters);
        LedgerReport report = report();
        filter = ReportFilter.of(parameters, report, user());
        Map<Long, String> names = ReportReader.activityNames(user());
        ReportReader.defaultActivity(filter, user(), names);
        if (filter.malformed != null) {
            error(getString("report.malformed." + filter.malformed));
        } else {
            table = read(report, names);
        }
        add(new Label("heading", getString("report.heading")));
        add(new ExternalLink("export", urlFor(LedgerCsvResource.reference(report), filter.parameters(report))
                .toString()).setVisible(table != null));
        add(filters(report, names));
        add(new Label("summary", table == null || table.summaryKey() == null ? ""
                : getString("report.summary." + table.summaryKey())).setVisible(table != null
                && table.summaryKey() != null));
        add(new ListView<>("columns", table == null ? List.<String>of() : table.columns()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("name", getString("report.col." + item.getModelObject())));
            }
        });
        add(new ListView<>("rows", table == null ? List.<ReportTable.Row>of() : table.rows()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ReportTable.Row> item) {
                if (item.getModelObject().total()) {
                    item.add(AttributeModifier.replace("class", "total"));
                }
                item.add(new ListView<>("cells", item.getModelObject().cells()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<ReportTable.Cell> cell) {
                        ReportTable.Cell c = cell.getModelObject();
                        String text = c.kind() == ReportTable.Kind.KEY ? getString("report.cell." + c.text()) : c.text();
                        cell.add(new Label("text", text));
                        if (c.kind() == ReportTable.Kind.AMOUNT) {
                            cell.add(AttributeModifier.replace("class", "amount"));
                        }
                    }
                });
            }
        });
        add(new Label("empty", getString("report.empty")).setVisible(table != null && table.rows().size() <= 1
                && report != LedgerReport.BALANCE_SHEET && report != LedgerReport.INCOME_STATEMENT));
        add(pager("previous", filter.offset - PAGE_SIZE, filter.offset > 0));
        add(pager("next", filter.offset + PAGE_SIZE, table != null && table.more()));
    }

    /** Which report this page shows. */
    protected abstract LedgerReport report();

    protected final ReportTable table() {
        return table;
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("report.title");
    }

    private ReportTable read(LedgerReport report, Map<Long, String> names) {
        ReportTables.Format format = new LocaleFormat(this);
        try {
            return ReportReader.table(report, user(), filter, format, ReportTables.names(names), PAGE_SIZE);
        } catch (ValidationException e) {
            if (e.errors().stream().anyMatch(f -> f.field().equals("activity"))) {
                throw notFound();
            }
            e.errors().forEach(f -> error(f.message()));
            return null;
        }
    }

    private Form<ReportFilter> filters(LedgerReport report, Map<Long, String> names) {
        Form<ReportFilter> form = new Form<>("filters", new CompoundPropertyModel<>(filter)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(LedgerReportPage.this.getClass(), getModelObject().atOffset(0).parameters(report));
            }
        };
        boolean sheet = report == LedgerReport.BALANCE_SHEET;
        form.add(field("fromField", new DateField("from")).setVisible(!sheet));
        form.add(field("toField", new DateField("to")));
        List<Long> ids = List.copyOf(names.keySet());
        DropDownChoice<Long> activity = new DropDownChoice<>("activity", ids, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long id) {
                return names.get(id);
            }

            @Override
            public String getIdValue(Long id, int index) {
                return id.toString();
            }
        });
        activity.setNullValid(LedgerReport.WHOLE_BOOKS.test(user()));
        form.add(field("activityField", activity).setVisible(!sheet));
        DropDownChoice<String> account = new DropDownChoice<>("account", ReportReader.accountChoices(user()),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return code;
                    }

                    @Override
                    public String getIdValue(String code, int index) {
                        return code;
                    }
                });
        account.setNullValid(true);
        form.add(field("accountField", account).setVisible(report == LedgerReport.GENERAL_LEDGER));
        form.add(field("byActivityField", new CheckBox("byActivity")).setVisible(report == LedgerReport.TRIAL_BALANCE
                && LedgerReport.WHOLE_BOOKS.test(user())));
        return form;
    }

    private static WebMarkupContainer field(String id, org.apache.wicket.Component input) {
        WebMarkupContainer container = new WebMarkupContainer(id);
        container.add(input);
        return container;
    }

    private BookmarkablePageLink<Void> pager(String id, int offset, boolean visible) {
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, getClass(),
                filter.atOffset(Math.max(0, offset)).parameters(report()).set("offset", Math.max(0, offset)));
        link.add(AttributeModifier.replace("rel", id.equals("next") ? "next" : "prev"));
        link.setVisible(report() == LedgerReport.GENERAL_LEDGER && visible);
        return link;
    }

    /** Amounts and dates as the user's language writes them. */
    private record LocaleFormat(CorePage page) implements ReportTables.Format {

        @Override
        public String money(Money m) {
            return m.format(page.getLocale());
        }

        @Override
        public String date(LocalDate d) {
            return page.date(d);
        }
    }
}
