package coop.essaim.web.internal.contributions;

import coop.essaim.api.ledger.ContributionTransfer;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.activities.ActivityPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The month's contributions of every activity, as the scheme computes them, beside what the ledger already holds
 * as transfers to the structure; an accountant posts the differences in one click, and posts again after a late
 * invoice or credit note of that month. The month is in the address ({@code ?month=2026-01}), last month by
 * default. The kernel checks every right and refuses a month not started or closed, naming it.
 */
public class ContributionsPage extends CorePage {

    private static final long serialVersionUID = 1L;

    public ContributionsPage(PageParameters parameters) {
        super(parameters);
        YearMonth month = month(parameters);
        IModel<List<ContributionTransfer>> rows = LoadableDetachableModel.of(() -> month == null ? List.of()
                : Services.contributionTransfers().preview(user(), month));
        add(monthForm(month));
        add(new ListView<>("rows", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ContributionTransfer> item) {
                ContributionTransfer t = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("activity", ActivityPage.class,
                        new PageParameters().set("id", t.activityId()));
                link.add(new Label("name", t.activityName()));
                item.add(link);
                item.add(new Label("code", t.analyticCode()));
                item.add(new Label("explanation", t.due().explanation()));
                item.add(new Label("due", money(t.due().amount())));
                item.add(new Label("posted", money(t.posted())));
                item.add(new Label("toPost", money(t.toPost())));
            }
        });
        add(new Label("empty", getString("contributions.empty")).setVisible(month != null && rows.getObject().isEmpty()));
        add(new Label("totalDue", total(rows.getObject(), Total.DUE)));
        add(new Label("totalPosted", total(rows.getObject(), Total.POSTED)));
        add(new Label("totalToPost", total(rows.getObject(), Total.TO_POST)));
        boolean due = rows.getObject().stream().anyMatch(t -> !t.toPost().isZero());
        add(postForm(month).setVisible(month != null && due && user().can(LedgerPermissions.POST)));
    }

    private enum Total { DUE, POSTED, TO_POST }

    private String total(List<ContributionTransfer> rows, Total which) {
        return rows.stream().map(t -> switch (which) {
            case DUE -> t.due().amount();
            case POSTED -> t.posted();
            case TO_POST -> t.toPost();
        }).reduce(Money::plus).map(this::money).orElse("");
    }

    private String money(Money m) {
        return m.format(getLocale());
    }

    private YearMonth month(PageParameters parameters) {
        String text = parameters.get("month").toOptionalString();
        if (text == null || text.isBlank()) {
            return YearMonth.now().minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            error(getString("contributions.month.invalid"));
            return null;
        }
    }

    private Form<Void> monthForm(YearMonth month) {
        IModel<String> text = Model.of(month == null ? null : month.toString());
        Form<Void> form = new Form<>("monthForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(ContributionsPage.class, new PageParameters().set("month", text.getObject()));
            }
        };
        form.add(new TextField<>("month", text).setRequired(true));
        return form;
    }

    private Form<Void> postForm(YearMonth month) {
        return new Form<>("postForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    List<ValidatedEntry> posted = Services.contributionTransfers().post(user(), month);
                    getSession().success(getString("contributions.posted").replace("{0}",
                            Integer.toString(posted.size())));
                    setResponsePage(ContributionsPage.class, new PageParameters().set("month", month.toString()));
                } catch (ValidationException e) {
                    e.errors().forEach(err -> error(err.message()));
                }
            }
        };
    }
}
