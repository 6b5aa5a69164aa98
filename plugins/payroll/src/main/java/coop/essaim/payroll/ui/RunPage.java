package coop.essaim.payroll.ui;

import coop.essaim.api.money.Money;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.api.RunNotice;
import coop.essaim.payroll.api.RunStatus;
import coop.essaim.payroll.internal.run.RunJobs;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.StringHeaderItem;
import org.apache.wicket.util.string.Strings;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableFunction;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The month's payroll for accounting ({@code ?month=2026-11}; last month when absent): compute or recompute the
 * draft, review each payslip against last month's (a changed or new net is highlighted), read why a plan paid
 * nothing, then validate, which posts the entries and makes the month final. Computing and validating run in
 * the background: while they do, the page shows how far they are and reloads itself every two seconds (a
 * meta refresh: the security policy allows no inline script), then tells the outcome to whoever started them.
 */
public class RunPage extends PayrollPage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    private final YearMonth month;
    private final int page;
    private final IModel<Optional<PayrollRun>> run;
    private final IModel<Map<String, PayslipRecord>> previous;
    private final IModel<Optional<RunJobs.Job>> job;

    public RunPage(PageParameters parameters) {
        super(parameters);
        this.month = month(parameters, YearMonth.now().minusMonths(1));
        this.page = Math.max(0, parameters.get("page").toInt(1) - 1);
        this.run = LoadableDetachableModel.of(() -> payroll().runs().run(user(), month));
        this.job = LoadableDetachableModel.of(() -> payroll().jobs().job(user().cooperativeId(), month));
        tellOutcome();
        this.previous = LoadableDetachableModel.of(() -> payroll().runs().run(user(), month.minusMonths(1))
                .map(r -> r.payslips().stream().collect(Collectors.toMap(RunPage::key, Function.identity(),
                        (a, b) -> a))).orElse(Map.of()));
        add(new Label("month", monthName(month)));
        add(new BookmarkablePageLink<Void>("earlier", RunPage.class,
                new PageParameters().set("month", month.minusMonths(1).toString())));
        add(new BookmarkablePageLink<Void>("later", RunPage.class,
                new PageParameters().set("month", month.plusMonths(1).toString())));
        add(monthForm());
        add(progress());
        add(new Label("status", LoadableDetachableModel.of(() -> run.getObject()
                .map(r -> getString("run.status." + r.status().name())).orElse(getString("run.status.none")))));
        add(DownloadResource.link("csv", "text/csv", () -> payroll().documents().payslipsCsv(user(), month)));
        add(DownloadResource.link("linesCsv", "text/csv", () -> payroll().documents().linesCsv(user(), month)));
        add(DownloadResource.link("sepa", "application/xml", () -> payroll().documents().sepaTransfer(user(), month))
                .add(new org.apache.wicket.behavior.Behavior() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onConfigure(org.apache.wicket.Component c) {
                        c.setVisible(run.getObject().map(r -> r.status() == RunStatus.VALIDATED).orElse(false)
                                && user().can(PayrollPermissions.RUN));
                    }
                }));
        // the sheet is not read while a job works on it: the page reloads every two seconds meanwhile
        WebMarkupContainer sheet = new WebMarkupContainer("sheet") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!working());
            }
        };
        add(sheet);
        sheet.add(payslips());
        sheet.add(pager());
        sheet.add(notices());
        sheet.add(totals());
        add(new Link<Void>("validate") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(PayrollPermissions.RUN) && !working() && run.getObject()
                        .map(r -> r.status() == RunStatus.DRAFT && !r.payslips().isEmpty()).orElse(false));
            }

            @Override
            public void onClick() {
                payroll().jobs().start(user(), month, RunJobs.Kind.VALIDATE, payroll().runs());
                setResponsePage(RunPage.class, new PageParameters().set("month", month.toString()));
            }
        });
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        if (working()) {
            String self = urlFor(RunPage.class, new PageParameters().set("month", month.toString())).toString();
            response.render(StringHeaderItem.forString("<meta http-equiv=\"refresh\" content=\"2; url="
                    + Strings.escapeMarkup(self) + "\">"));
        }
    }

    @Override
    protected void onDetach() {
        super.onDetach();
        // the page's own models, not held by a component: detached here so the stored page keeps no run
        run.detach();
        previous.detach();
        job.detach();
    }

    private boolean working() {
        return job.getObject().map(j -> !j.finished()).orElse(false);
    }

    /** A finished job is told once, to the user who started it, then forgotten. */
    private void tellOutcome() {
        job.getObject().filter(RunJobs.Job::finished).filter(j -> j.startedBy() == user().userId()).ifPresent(j -> {
            j.result().ifPresent(done -> success(j.kind() == RunJobs.Kind.COMPUTE
                    ? getString("run.computed", Model.ofMap(Map.of("count", done.payslips().size(),
                            "notices", done.notices().size())))
                    : getString("run.validated", Model.ofMap(Map.of("count", done.payslips().size())))));
            j.refusal().ifPresent(refused -> show(refused, this));
            payroll().jobs().read(user(), j);
            job.detach();
        });
    }

    private WebMarkupContainer progress() {
        WebMarkupContainer box = new WebMarkupContainer("progress") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(working());
            }
        };
        box.add(new Label("what", LoadableDetachableModel.of(() -> job.getObject().map(j ->
                j.state() == RunJobs.State.WAITING ? getString("run.job.waiting")
                        : getString("run.job." + j.kind().name())).orElse(""))));
        WebMarkupContainer bar = new WebMarkupContainer("bar");
        bar.add(AttributeModifier.replace("value", LoadableDetachableModel.of(() -> job.getObject()
                .map(RunJobs.Job::done).orElse(0))));
        bar.add(AttributeModifier.replace("max", LoadableDetachableModel.of(() -> job.getObject()
                .map(j -> Math.max(j.total(), 1)).orElse(1))));
        box.add(bar);
        box.add(new Label("count", LoadableDetachableModel.of(() -> job.getObject().map(j -> {
            if (j.total() < 0) {
                return getString("run.job.reading");
            }
            if (j.done() >= j.total() && j.kind() == RunJobs.Kind.COMPUTE) {
                return getString("run.job.saving", Model.ofMap(Map.of("total", j.total())));
            }
            return getString("run.job.count", Model.ofMap(Map.of("done", j.done(), "total", j.total())));
        }).orElse(""))));
        return box;
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("run.title");
    }

    private static String key(PayslipRecord p) {
        return p.personId() + ":" + p.activityId();
    }

    private Form<Void> monthForm() {
        IModel<String> typed = Model.of(month.toString());
        TextField<String> field = new TextField<>("monthField", typed);
        Form<Void> form = new Form<>("monthForm");
        form.add(field);
        form.add(new Button("show") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    setResponsePage(RunPage.class, new PageParameters().set("month",
                            typedMonth(typed.getObject(), field).toString()));
                } catch (FieldRefused e) {
                    // the field shows its error
                }
            }
        });
        form.add(new Button("compute") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(PayrollPermissions.RUN) && !working() && run.getObject()
                        .map(r -> r.status() == RunStatus.DRAFT).orElse(true));
            }

            @Override
            public void onSubmit() {
                try {
                    YearMonth asked = typedMonth(typed.getObject(), field);
                    payroll().jobs().start(user(), asked, RunJobs.Kind.COMPUTE, payroll().runs());
                    setResponsePage(RunPage.class, new PageParameters().set("month", asked.toString()));
                } catch (FieldRefused e) {
                    // the field shows its error
                }
            }
        });
        return form;
    }

    private ListView<PayslipRecord> payslips() {
        return new ListView<>("payslips", LoadableDetachableModel.of(() -> run.getObject().map(r -> {
            List<PayslipRecord> all = r.payslips();
            int from = Math.min(page * PAGE_SIZE, all.size());
            return all.subList(from, Math.min(from + PAGE_SIZE, all.size()));
        }).orElse(List.of()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PayslipRecord> item) {
                PayslipRecord p = item.getModelObject();
                PayslipRecord before = previous.getObject().get(key(p));
                item.add(new Label("person", p.personName()), new Label("activity", p.activityName()),
                        new Label("hours", p.hoursLowered() ? plain(p.plannedHours()) + " → " + plain(p.hours())
                                : plain(p.hours())),
                        new Label("budget", money(p.budget())), new Label("gross", money(p.payslip().gross())),
                        new Label("netPaid", money(p.payslip().netPaid())),
                        new Label("cost", money(p.payslip().employerCost())));
                item.add(change(before, p));
                item.add(new BookmarkablePageLink<Void>("open", PayslipPage.class,
                        new PageParameters().set("id", p.id())));
            }
        };
    }

    /** "Payslips 101–200 of 20,000" and the links to the pages around, when there is more than one. */
    private WebMarkupContainer pager() {
        IModel<Integer> count = LoadableDetachableModel.of(() -> run.getObject().map(r -> r.payslips().size())
                .orElse(0));
        WebMarkupContainer pager = new WebMarkupContainer("pager") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(count.getObject() > PAGE_SIZE);
            }
        };
        pager.add(new Label("range", LoadableDetachableModel.of(() -> getString("run.range", Model.ofMap(Map.of(
                "from", Math.min(page * PAGE_SIZE + 1, count.getObject()),
                "to", Math.min((page + 1) * PAGE_SIZE, count.getObject()), "count", count.getObject()))))));
        pager.add(pageLink("previous", page - 1, count), pageLink("next", page + 1, count));
        return pager;
    }

    private BookmarkablePageLink<Void> pageLink(String id, int target, IModel<Integer> count) {
        PageParameters p = new PageParameters().set("month", month.toString());
        if (target > 0) {
            p.set("page", target + 1);
        }
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>(id, RunPage.class, p) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(target >= 0 && target * PAGE_SIZE < count.getObject());
            }
        };
        link.add(AttributeModifier.replace("rel", id.equals("next") ? "next" : "prev"));
        return link;
    }

    private Label change(PayslipRecord before, PayslipRecord now) {
        Money netNow = now.payslip().netPaid();
        String text;
        boolean changed;
        if (before == null) {
            text = getString("run.new");
            changed = true;
        } else {
            Money difference = netNow.minus(before.payslip().netPaid());
            changed = !difference.isZero();
            text = changed ? (difference.isPositive() ? "+" : "") + money(difference) : "=";
        }
        Label label = new Label("change", text);
        if (changed) {
            label.add(AttributeModifier.append("class", "changed"));
        }
        return label;
    }

    private WebMarkupContainer notices() {
        WebMarkupContainer box = new WebMarkupContainer("noticesBox") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(run.getObject().map(r -> !r.notices().isEmpty()).orElse(false));
            }
        };
        box.add(new ListView<>("notices", LoadableDetachableModel.of(() -> run.getObject()
                .map(PayrollRun::notices).orElse(List.of()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RunNotice> item) {
                RunNotice n = item.getModelObject();
                item.add(new Label("who", n.personName() + " · " + n.activityName()), new Label("why", n.message()));
            }
        });
        return box;
    }

    private WebMarkupContainer totals() {
        WebMarkupContainer box = new WebMarkupContainer("totals") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(run.getObject().map(r -> !r.payslips().isEmpty()).orElse(false));
            }
        };
        box.add(new Label("count", LoadableDetachableModel.of(() -> run.getObject().map(r -> r.payslips().size())
                .orElse(0))));
        box.add(new Label("gross", total(r -> r.totalGross(zero(r)))));
        box.add(new Label("netPaid", total(r -> r.totalNetPaid(zero(r)))));
        box.add(new Label("cost", total(r -> r.totalEmployerCost(zero(r)))));
        return box;
    }

    private static Money zero(PayrollRun r) {
        return Money.zero(r.payslips().get(0).payslip().gross().currency());
    }

    private IModel<String> total(SerializableFunction<PayrollRun, Money> sum) {
        return LoadableDetachableModel.of(() -> run.getObject().filter(r -> !r.payslips().isEmpty()).map(sum)
                .map(this::money).orElse(""));
    }
}
