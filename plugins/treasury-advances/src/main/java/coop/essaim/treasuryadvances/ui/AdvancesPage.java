package coop.essaim.treasuryadvances.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** What the advances pages share: the module's services, formatting for the reader, refusals as feedback. */
abstract class AdvancesPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    AdvancesPage(PageParameters parameters) {
        super(parameters);
    }

    final TreasuryAdvances advances() {
        return TreasuryAdvances.of(module());
    }

    final String activityName(long activityId) {
        return module().service(Activities.class).find(user(), activityId).map(a -> a.name()).orElse("#" + activityId);
    }

    final String money(Money m) {
        return m == null ? "—" : m.format(getLocale());
    }

    final String day(LocalDate d) {
        return d == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(d);
    }

    final String status(TreasuryAdvance a) {
        return getString("status." + a.status().name()) + (a.overdue() ? " · " + getString("overdue") : "");
    }

    /** The rules and whether each passes. */
    final ListView<RuleCheck> checks(String id, IModel<List<RuleCheck>> checks) {
        return new ListView<>(id, checks) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RuleCheck> item) {
                RuleCheck c = item.getModelObject();
                item.add(new Label("rule", getString("rule." + c.rule())),
                        new Label("outcome", getString("outcome." + c.outcome().name())),
                        new Label("explanation", c.explanation()));
            }
        };
    }

    /** A row per advance: its reference (a link to it), activity, kind, amount, status, balance, due date, reasons. */
    final ListView<TreasuryAdvance> rows(String id, IModel<List<TreasuryAdvance>> advances) {
        return new ListView<>(id, advances) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<TreasuryAdvance> item) {
                TreasuryAdvance a = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", AdvancePage.class,
                        new PageParameters().set("id", a.id()));
                link.add(new Label("reference", "AV-" + a.id()));
                item.add(link, new Label("activity", activityName(a.activityId())),
                        new Label("kind", getString("AdvanceKind." + a.kind().name())),
                        new Label("amount", money(a.amount())), new Label("status", status(a)),
                        new Label("balance", money(a.balance())), new Label("dueOn", day(a.dueOn())),
                        new Label("reasons", a.decisionReasons()));
            }
        };
    }

    /** Each refusal as feedback, the field's name first. */
    final void refused(ValidationException e) {
        e.errors().forEach(f -> error(fieldLabel(f.field()) + " : " + f.message()));
    }

    private String fieldLabel(String field) {
        String key = "field." + field.replaceAll("\\[\\d+]", "").replaceAll("^rules\\..*", "rules");
        return getString(key, null, field);
    }
}
