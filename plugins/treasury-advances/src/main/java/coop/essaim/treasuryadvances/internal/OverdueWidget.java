package coop.essaim.treasuryadvances.internal;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.dashboard.DashboardWidget;
import coop.essaim.api.dashboard.WidgetContent;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;

import java.util.Currency;
import java.util.List;

/**
 * The overdue alert on the dashboard of the board and accounting: how many advances are overdue, what they still
 * owe, and a link to each; read on every display, so an advance is flagged the day after its due date passes.
 */
public final class OverdueWidget implements DashboardWidget {

    private final ModuleContext module;

    public OverdueWidget(ModuleContext module) {
        this.module = module;
    }

    @Override
    public String id() {
        return "treasury-advances-overdue";
    }

    @Override
    public String titleKey() {
        return "widget.overdue";
    }

    @Override
    public String permission() {
        return TreasuryAdvancePermissions.EXPOSURE;
    }

    @Override
    public WidgetContent content(UserContext user) {
        Currency currency = Currency.getInstance(module.service(CooperativeDirectory.class)
                .find(user.cooperativeId()).map(c -> c.currency()).orElse("EUR"));
        List<TreasuryAdvance> overdue = TreasuryAdvances.of(module).exposure().report(user, currency).overdue();
        Messages m = new Messages(user.locale());
        if (overdue.isEmpty()) {
            return new WidgetContent(List.of(), List.of(), m.text("widget.overdue.none"));
        }
        Money owed = overdue.stream().map(TreasuryAdvance::balance).reduce(Money.zero(currency), Money::plus);
        return new WidgetContent(List.of(new WidgetContent.Figure(m.text("widget.overdue"),
                        String.valueOf(overdue.size()))),
                overdue.stream().map(a -> new WidgetContent.Link("AV-" + a.id() + " · " + m.money(a.balance()),
                        "m/treasury-advances/advance?id=" + a.id())).toList(),
                m.text("widget.overdue.some", overdue.size(), owed));
    }
}
