package coop.essaim.brandgroups.ui;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.ActivityMember;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MemberRule;
import coop.essaim.brandgroups.api.MemberShare;
import coop.essaim.brandgroups.api.MonthSplit;
import coop.essaim.brandgroups.api.MonthlyWork;
import coop.essaim.brandgroups.api.RuleDraft;
import coop.essaim.brandgroups.api.RuleEdition;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.brandgroups.internal.group.Groups;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One brand group: its members with their dates, the rule in force and its history, the account's figures month
 * by month (from the ledger core), each month's shares, the work figures entered; for managers, the forms to
 * record a rule edition, a member's work for a month, split a month and cancel a split. A group the user may not
 * read answers 404, the same as one that does not exist.
 */
public class GroupPage extends BrandGroupsPage {

    private static final long serialVersionUID = 1L;
    private static final int FIGURE_MONTHS = 6;

    /** One member's line of the rule form. */
    static final class MemberInput implements Serializable {
        private static final long serialVersionUID = 1L;
        final long personId;
        final String name;
        String percent = "";
        String fixed = "";

        MemberInput(long personId, String name) {
            this.personId = personId;
            this.name = name;
        }
    }

    record PersonChoice(long id, String name) implements Serializable {
    }

    private final long groupId;
    private final IModel<BrandGroup> group;
    private final IModel<Map<Long, String>> names;
    private final IModel<SplitKind> kind = Model.of(SplitKind.EQUAL);
    private final IModel<String> validFrom = Model.of("");
    private final IModel<String> decidedOn = Model.of("");
    private final IModel<String> decidedBy = Model.of("");
    private final ArrayList<MemberInput> inputs = new ArrayList<>();
    private final IModel<PersonChoice> workPerson = Model.of();
    private final IModel<String> workMonth = Model.of("");
    private final IModel<String> hours = Model.of("");
    private final IModel<String> invoiced = Model.of("0,00");
    private final IModel<String> splitMonth = Model.of("");

    public GroupPage(PageParameters parameters) {
        super(parameters);
        this.groupId = parameters.get("id").toLong(0);
        if (services().groups().find(user(), groupId).isEmpty()) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        this.group = LoadableDetachableModel.of(() -> services().groups().find(user(), groupId).orElseThrow());
        this.names = LoadableDetachableModel.of(this::loadNames);
        BrandGroup g = group.getObject();
        boolean manager = Groups.manages(user());
        YearMonth last = YearMonth.now().minusMonths(1);
        splitMonth.setObject(last.toString());
        workMonth.setObject(last.toString());
        decidedOn.setObject(LocalDate.now().toString());
        validFrom.setObject(YearMonth.now().toString());

        add(new Label("groupBrand", g.brand()), new Label("groupActivity", g.activityName()));
        add(members(), rule(), history(), figures(), splits(manager), work());
        add(ruleForm(g).setVisible(manager), workForm(g).setVisible(manager), splitForm().setVisible(manager));
    }

    private Map<Long, String> loadNames() {
        Map<Long, String> out = new HashMap<>();
        for (ActivityMember m : services().groups().find(user(), groupId).orElseThrow().members()) {
            out.computeIfAbsent(m.personId(), id -> services().groups().memberName(user(), id));
        }
        return out;
    }

    private String name(long personId) {
        String known = names.getObject().get(personId);
        return known != null ? known : services().groups().memberName(user(), personId);
    }

    private ListView<ActivityMember> members() {
        return new ListView<>("members", group.map(BrandGroup::members)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActivityMember> item) {
                ActivityMember m = item.getModelObject();
                item.add(new Label("name", name(m.personId())), new Label("from", day(m.from())),
                        new Label("until", m.until() == null ? getString("member.current") : day(m.until())));
            }
        };
    }

    private String kindName(SplitKind k) {
        return getString("SplitKind." + k.name());
    }

    private String figures(RuleEdition e) {
        return e.members().stream().map(r -> name(r.personId()) + " "
                        + (r.percent() != null ? r.percent().stripTrailingZeros().toPlainString() + " %" : money(r.fixed())))
                .collect(Collectors.joining(" · "));
    }

    private WebMarkupContainer rule() {
        IModel<RuleEdition> current = LoadableDetachableModel.of(() -> services().rules()
                .inForce(user(), groupId, YearMonth.now()).orElse(null));
        WebMarkupContainer box = new WebMarkupContainer("rule");
        box.add(new Label("kind", () -> current.getObject() == null ? getString("rule.none")
                        : kindName(current.getObject().kind())),
                new Label("since", () -> current.getObject() == null ? "" : month(current.getObject().validFrom())),
                new Label("figures", () -> current.getObject() == null ? "" : figures(current.getObject())));
        return box;
    }

    private ListView<RuleEdition> history() {
        return new ListView<>("editions", LoadableDetachableModel.of(() -> services().rules().editions(user(),
                groupId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RuleEdition> item) {
                RuleEdition e = item.getModelObject();
                item.add(new Label("validFrom", month(e.validFrom())), new Label("kind", kindName(e.kind())),
                        new Label("figures", figures(e)), new Label("decidedOn", day(e.decidedOn())),
                        new Label("decidedBy", e.decidedBy()), new Label("recordedBy", e.recordedBy()));
            }
        };
    }

    private ListView<ActivityAccount> figures() {
        return new ListView<>("figures", LoadableDetachableModel.of(() -> {
            YearMonth to = YearMonth.now().minusMonths(1);
            List<ActivityAccount> months = new ArrayList<>(services().splits().figures(user(), groupId,
                    to.minusMonths(FIGURE_MONTHS - 1L), to));
            java.util.Collections.reverse(months);
            return months;
        })) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ActivityAccount> item) {
                ActivityAccount a = item.getModelObject();
                item.add(new Label("month", month(YearMonth.from(a.from()))),
                        new Label("turnover", money(a.turnoverExclVat())),
                        new Label("contribution", money(a.contribution().amount())),
                        new Label("expenses", money(a.expenses())), new Label("available", money(a.availableForPay())),
                        new Label("treasury", money(a.treasury())));
            }
        };
    }

    private String shares(MonthSplit s) {
        return s.shares().stream().map(this::share).collect(Collectors.joining(" · "));
    }

    private String share(MemberShare x) {
        String days = x.daysPresent() == x.daysInMonth() ? ""
                : " (" + java.text.MessageFormat.format(getString("share.days"), x.daysPresent(), x.daysInMonth()) + ")";
        return name(x.personId()) + " " + money(x.amount()) + days
                + (x.settlement() ? " — " + getString("share.settlement") : "");
    }

    private ListView<MonthSplit> splits(boolean manager) {
        return new ListView<>("splits", LoadableDetachableModel.of(() -> services().splits().splits(user(),
                groupId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MonthSplit> item) {
                MonthSplit s = item.getModelObject();
                item.add(new Label("month", month(s.month())), new Label("kind", kindName(s.kind())),
                        new Label("available", money(s.available())), new Label("shares", shares(s)),
                        new Label("status", s.cancelled() ? getString("split.cancelled") + " : " + s.cancelReason()
                                : getString("split.standing")));
                IModel<String> reason = Model.of("");
                long splitId = s.id();
                Form<Void> cancel = new Form<>("cancelForm") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void onSubmit() {
                        try {
                            services().splits().cancel(user(), splitId, text(reason));
                            getSession().info(getString("split.cancelDone"));
                            setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
                        } catch (ValidationException e) {
                            refused(e);
                        }
                    }
                };
                cancel.add(new TextField<>("reason", reason));
                item.add(cancel.setVisible(manager && !s.cancelled()));
            }
        };
    }

    private ListView<MonthlyWork> work() {
        return new ListView<>("work", LoadableDetachableModel.of(() -> services().rules().work(user(), groupId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MonthlyWork> item) {
                MonthlyWork w = item.getModelObject();
                item.add(new Label("month", month(w.month())), new Label("name", name(w.personId())),
                        new Label("hours", w.hours().toPlainString()), new Label("invoiced", money(w.invoiced())));
            }
        };
    }

    private Form<Void> ruleForm(BrandGroup g) {
        for (long id : g.currentMemberIds()) {
            inputs.add(new MemberInput(id, name(id)));
        }
        Form<Void> form = new Form<>("ruleForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                saveRule();
            }
        };
        form.add(new DropDownChoice<>("kind", kind, Arrays.asList(SplitKind.values()), new EnumChoiceRenderer<>(this)),
                new TextField<>("validFrom", validFrom), new TextField<>("decidedOn", decidedOn),
                new TextField<>("decidedBy", decidedBy));
        ListView<MemberInput> rows = new ListView<>("members", inputs) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MemberInput> item) {
                MemberInput in = item.getModelObject();
                item.add(new Label("name", in.name), new TextField<>("percent", new PropertyModel<String>(in, "percent")),
                        new TextField<>("fixed", new PropertyModel<String>(in, "fixed")));
            }
        };
        rows.setReuseItems(true);
        form.add(rows);
        return form;
    }

    private void saveRule() {
        YearMonth from = parseMonth(validFrom, "validFrom");
        LocalDate on = parseDay(decidedOn, "decidedOn");
        List<MemberRule> rules = new ArrayList<>();
        for (MemberInput in : inputs) {
            BigDecimal p = parseDecimal(Model.of(in.percent), "percent");
            Money f = parseMoney(Model.of(in.fixed), "fixed");
            rules.add(new MemberRule(in.personId, kind.getObject() == SplitKind.FIXED_PERCENT ? p : null,
                    kind.getObject() == SplitKind.FIXED_THEN_EQUAL ? f : null));
        }
        if (hasErrorMessage()) {
            return;
        }
        try {
            services().rules().add(user(), groupId, new RuleDraft(kind.getObject(), from, on, text(decidedBy), rules));
            getSession().info(getString("rule.saved"));
            setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private Form<Void> workForm(BrandGroup g) {
        List<PersonChoice> people = g.members().stream().map(ActivityMember::personId).distinct()
                .map(id -> new PersonChoice(id, name(id))).toList();
        Form<Void> form = new Form<>("workForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                saveWork();
            }
        };
        form.add(new DropDownChoice<>("person", workPerson, people, new ChoiceRenderer<>("name", "id")),
                new TextField<>("month", workMonth), new TextField<>("hours", hours),
                new TextField<>("invoiced", invoiced));
        return form;
    }

    private void saveWork() {
        if (workPerson.getObject() == null) {
            error(getString("field.personId") + " : " + getString("error.choose"));
        }
        YearMonth m = parseMonth(workMonth, "month");
        BigDecimal h = parseDecimal(hours, "hours");
        Money inv = parseMoney(invoiced, "invoiced");
        if (hasErrorMessage()) {
            return;
        }
        try {
            services().rules().recordWork(user(), groupId, new MonthlyWork(workPerson.getObject().id(), m, h, inv));
            getSession().info(getString("work.saved"));
            setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private Form<Void> splitForm() {
        Form<Void> form = new Form<>("splitForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                YearMonth m = parseMonth(splitMonth, "month");
                if (m == null) {
                    return;
                }
                try {
                    services().splits().split(user(), groupId, m);
                    getSession().info(getString("split.done"));
                    setResponsePage(GroupPage.class, new PageParameters().set("id", groupId));
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
        form.add(new TextField<>("month", splitMonth));
        return form;
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> group.getObject().brand();
    }
}
