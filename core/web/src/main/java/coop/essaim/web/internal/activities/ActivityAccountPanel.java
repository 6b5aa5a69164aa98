package coop.essaim.web.internal.activities;

import coop.essaim.api.money.Money;
import coop.essaim.web.internal.CorePanel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The activity's account for the current fiscal year, from the ledger: the figures that lead from turnover to
 * the amount available for pay, the treasury and its chart, and the balances they come from; hidden for a
 * user who may read no ledger figure of this activity.
 */
public class ActivityAccountPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    private final IModel<Optional<ActivityAccount>> account;

    public ActivityAccountPanel(String id, long activityId) {
        super(id);
        // UTC, as the kernel dates everything it derives from its clock
        account = LoadableDetachableModel.of(() -> ActivityAccount.of(user(), activityId,
                LocalDate.now(ZoneOffset.UTC)));
        add(new Label("period", LoadableDetachableModel.of(() -> account.getObject().map(a ->
                corePage().date(a.year().start()) + " – " + corePage().date(a.year().end())).orElse(""))));
        add(new Label("turnover", money(a -> a.figures().turnoverExclVat())));
        add(new Label("contribution", money(a -> a.figures().contribution().amount())));
        add(new Label("contributionRule", LoadableDetachableModel.of(() -> account.getObject()
                .map(a -> a.figures().contribution().explanation()).orElse(""))));
        add(new Label("expenses", money(a -> a.figures().expenses())));
        add(new Label("available", money(a -> a.figures().availableForPay())));
        add(new Label("salaryCosts", money(a -> a.figures().salaryCosts())));
        add(new Label("result", money(a -> a.figures().result())));
        add(new Label("treasury", money(a -> a.figures().treasury())));
        add(new Label("treasuryChart", LoadableDetachableModel.of(() -> account.getObject().map(this::chart)
                .orElse(""))).setEscapeModelStrings(false));
        IModel<List<ActivityAccount.Line>> lines = LoadableDetachableModel.of(() ->
                account.getObject().map(ActivityAccount::lines).orElse(List.of()));
        add(new ListView<>("lines", lines) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActivityAccount.Line> item) {
                ActivityAccount.Line l = item.getModelObject();
                item.add(new Label("code", l.accountCode()));
                item.add(new Label("label", l.label()));
                item.add(new Label("debit", l.debit().format(getLocale())));
                item.add(new Label("credit", l.credit().format(getLocale())));
            }
        });
        add(new Label("noPosting", new ResourceModel("account.noPosting")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(lines.getObject().isEmpty());
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(account.getObject().isPresent());
    }

    @Override
    protected void onDetach() {
        account.detach();
        super.onDetach();
    }

    private String chart(ActivityAccount a) {
        String currency = a.figures().treasury().currency().getCurrencyCode();
        LocalDate end = a.year().end().isBefore(LocalDate.now(ZoneOffset.UTC)) ? a.year().end()
                : LocalDate.now(ZoneOffset.UTC);
        return TreasuryChart.svg(a.treasury(), end, getString("account.treasuryChart"),
                minor -> Money.of(minor, currency).format(getLocale()), d -> corePage().date(d));
    }

    private IModel<String> money(Figure figure) {
        return LoadableDetachableModel.of(() -> account.getObject().map(figure::of).map(m -> m.format(getLocale()))
                .orElse(""));
    }

    private interface Figure extends java.io.Serializable {
        Money of(ActivityAccount account);
    }
}
