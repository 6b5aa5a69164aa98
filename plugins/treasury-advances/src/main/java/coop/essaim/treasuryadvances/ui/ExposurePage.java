package coop.essaim.treasuryadvances.ui;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.treasuryadvances.internal.advance.Exposure;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The exposure dashboard, printable as the partners' committee report: what is outstanding against the
 * cooperative's ceiling, per activity, by age, the repayment rate, the overdue advances, and the outstanding at
 * each month's end over a year (a bar per month).
 */
public class ExposurePage extends AdvancesPage {

    private static final long serialVersionUID = 1L;

    public ExposurePage(PageParameters parameters) {
        super(parameters);
        IModel<Exposure.Report> report = LoadableDetachableModel.of(() -> advances().exposure().report(user(),
                currency()));
        Exposure.Report r = report.getObject();
        add(new Label("today", day(r.today())), new Label("outstanding", money(r.outstanding())),
                new Label("approved", money(r.approvedNotDisbursed())),
                new Label("ceiling", r.ceiling().map(this::money).orElse(getString("exposure.hidden"))),
                new Label("activityCeiling", money(r.activityCeiling())),
                new Label("rate", r.repaymentRate().toPlainString() + " %"));
        add(new ListView<>("perActivity", report.map(x -> new ArrayList<>(x.perActivity().entrySet()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Map.Entry<Long, Money>> item) {
                item.add(new Label("activity", activityName(item.getModelObject().getKey())),
                        new Label("owed", money(item.getModelObject().getValue())));
            }
        });
        List<String> ages = List.of(getString("age.0"), getString("age.1"), getString("age.2"), getString("age.3"));
        add(new ListView<>("ageing", List.of(0, 1, 2, 3)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                item.add(new Label("age", ages.get(item.getModelObject())),
                        new Label("owed", money(report.getObject().ageing().get(item.getModelObject()))));
            }
        });
        add(rows("overdue", LoadableDetachableModel.of(() -> report.getObject().overdue())));
        add(new ListView<>("years", report.map(Exposure.Report::years)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Exposure.Year> item) {
                Exposure.Year y = item.getModelObject();
                item.add(new Label("year", y.year()), new Label("requested", y.requested()),
                        new Label("approved", y.approved()), new Label("rejected", y.rejected()),
                        new Label("disbursed", money(y.disbursed())), new Label("repaid", money(y.repaid())),
                        new Label("writtenOff", money(y.writtenOff())));
            }
        });
        long max = Math.max(1, r.months().values().stream().mapToLong(Money::minorUnits).max().orElse(1));
        add(new ListView<>("months", report.map(x -> new ArrayList<>(x.months().entrySet()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Map.Entry<YearMonth, Money>> item) {
                Money owed = item.getModelObject().getValue();
                item.add(new Label("month", DateTimeFormatter.ofPattern("LLL yyyy", getLocale())
                                .format(item.getModelObject().getKey())),
                        new Label("bar").add(AttributeModifier.replace("value", Math.max(0, owed.minorUnits())),
                                AttributeModifier.replace("max", max)),
                        new Label("owed", money(owed)));
            }
        });
    }

    private Currency currency() {
        return Currency.getInstance(module().service(CooperativeDirectory.class).find(user().cooperativeId())
                .map(c -> c.currency()).orElse("EUR"));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("exposure.title");
    }
}
