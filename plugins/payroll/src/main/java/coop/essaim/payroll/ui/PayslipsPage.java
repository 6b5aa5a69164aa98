package coop.essaim.payroll.ui;

import coop.essaim.payroll.api.PayslipRecord;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The payslips of the person linked to the user's login, once each month is validated, latest first. */
public class PayslipsPage extends PayrollPage {

    private static final long serialVersionUID = 1L;

    public PayslipsPage(PageParameters parameters) {
        super(parameters);
        IModel<java.util.List<PayslipRecord>> own = LoadableDetachableModel.of(() ->
                payroll().runs().ownPayslips(user()));
        add(new Label("none", getString("payslips.none")).setVisible(own.getObject().isEmpty()));
        add(new ListView<>("payslips", own) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PayslipRecord> item) {
                PayslipRecord p = item.getModelObject();
                item.add(new Label("month", monthName(p.month())), new Label("activity", p.activityName()),
                        new Label("hours", plain(p.hours())), new Label("gross", money(p.payslip().gross())),
                        new Label("netPaid", money(p.payslip().netPaid())));
                item.add(new BookmarkablePageLink<Void>("open", PayslipPage.class,
                        new PageParameters().set("id", p.id())));
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("payslips.title");
    }
}
