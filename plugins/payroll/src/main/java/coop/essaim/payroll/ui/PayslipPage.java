package coop.essaim.payroll.ui;

import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.internal.job.ShortJob;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One payslip ({@code ?id=}): the person's own once the month is validated, or any with the right to read all.
 * Anything else is answered as not found, so an id reveals nothing.
 */
public class PayslipPage extends PayrollPage {

    private static final long serialVersionUID = 1L;

    public PayslipPage(PageParameters parameters) {
        super(parameters);
        Long id = parameters.get("id").toOptionalLong();
        PayslipRecord record = Optional.ofNullable(id).flatMap(i -> payroll().runs().payslip(user(), i))
                .orElseThrow(() -> new RestartResponseException(PayslipsPage.class));
        Payslip p = record.payslip();
        add(new Label("person", record.personName()), new Label("activity", record.activityName()),
                new Label("month", monthName(record.month())), new Label("hours", plain(record.hours())),
                new Label("lowered", getString("payslip.lowered", () -> java.util.Map.of("planned",
                        plain(record.plannedHours()), "paid", plain(record.hours()))))
                        .setVisible(record.hoursLowered()),
                new Label("edition", p.parameterEdition()), new Label("gross", money(p.gross())));
        add(new ListView<>("lines", LoadableDetachableModel.of(() -> payroll().runs().payslip(user(), id)
                .map(r -> r.payslip().lines()).orElse(java.util.List.of()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PayslipLine> item) {
                PayslipLine l = item.getModelObject();
                PayrollRules rules = rules();
                String label = rules == null ? l.code() : rules.lineLabel(l.code(), getLocale());
                item.add(new Label("label", label), new Label("base", money(l.base())),
                        new Label("employeeRate", rate(l.employeeRatePercent())),
                        new Label("employee", l.employeeAmount().isZero() ? "" : money(l.employeeAmount())),
                        new Label("employerRate", rate(l.employerRatePercent())),
                        new Label("employer", l.employerAmount().isZero() ? "" : money(l.employerAmount())));
            }
        });
        long cooperative = user().cooperativeId();
        WebMarkupContainer jobsBlock = new WebMarkupContainer("jobsBlock");
        add(jobsBlock.setVisible(record.paysJobs()));
        jobsBlock.add(new ListView<>("jobs", LoadableDetachableModel.of(() -> payroll().shortJobs().paidBy(cooperative, id))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ShortJob> item) {
                ShortJob j = item.getModelObject();
                item.add(new Label("days", j.firstDay().equals(j.lastDay()) ? day(j.firstDay())
                                : day(j.firstDay()) + " – " + day(j.lastDay())),
                        new Label("description", j.description()), new Label("hours", plain(j.hours())),
                        new Label("gross", money(j.gross())));
            }
        });
        add(DownloadResource.link("pdf", "application/pdf", () -> payroll().documents()
                .payslipPdf(user(), id).orElseThrow(() -> new RestartResponseException(PayslipsPage.class))));
        add(new Label("employeeTotal", money(p.employeeContributions())),
                new Label("employerTotal", money(p.employerContributions())),
                new Label("net", money(p.netBeforeIncomeTax())), new Label("taxable", money(p.netTaxable())),
                new Label("withholding", money(p.withholding())), new Label("netPaid", money(p.netPaid())),
                new Label("cost", money(p.employerCost())),
                new Label("entry", record.entryId() == null ? getString("payslip.notPosted")
                        : getString("payslip.posted")));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("payslip.title");
    }

    private PayrollRules rules() {
        try {
            return payroll().rulebook().rules(user());
        } catch (ValidationException e) {
            return null;   // the country plugin was stopped: the codes still say what each line is
        }
    }

    private String day(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(date);
    }

    private String rate(BigDecimal percent) {
        return percent == null ? "" : plain(percent) + " %";
    }
}
