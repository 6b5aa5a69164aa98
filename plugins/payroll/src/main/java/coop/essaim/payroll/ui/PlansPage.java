package coop.essaim.payroll.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.payroll.api.SalaryPlan;
import coop.essaim.payroll.api.SalaryPlanDraft;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The salary plans of one activity ({@code ?activity=}; the first when absent), latest first, and the form the
 * adviser decides a new one with: smoothed from what the activity has available, or a fixed gross for staff
 * paid by the cooperative's structure.
 */
public class PlansPage extends PayrollPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;
    private final IModel<Choice> person = Model.of();
    private final IModel<String> firstMonth = Model.of(YearMonth.now().plusMonths(1).toString());
    private final IModel<String> months = Model.of("6");
    private final IModel<String> fixedGross = Model.of("");
    private final IModel<String> hours = Model.of("");
    private final IModel<String> reason = Model.of("");

    public PlansPage(PageParameters parameters) {
        super(parameters);
        Activity activity = activityShown(parameters, this::activities);
        this.activityId = activity.id();
        List<Choice> persons = persons(activity);
        IModel<List<SalaryPlan>> plans = LoadableDetachableModel.of(() -> payroll().plans().ofActivity(user(),
                activityId));
        add(new ListView<>("plans", plans) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SalaryPlan> item) {
                SalaryPlan p = item.getModelObject();
                String who = persons.stream().filter(c -> c.id() == p.personId()).map(Choice::name).findFirst()
                        .orElse("#" + p.personId());
                item.add(new Label("person", who),
                        new Label("period", monthName(p.firstMonth()) + " – " + monthName(p.lastMonth())),
                        new Label("available", money(p.available())),
                        new Label("monthly", p.smoothed() ? money(p.monthlyLoadedSalary())
                                : getString("plans.fixed", Model.ofMap(Map.of("gross", money(p.fixedGross()))))),
                        new Label("hourly", money(p.loadedHourlyCost())), new Label("hours", plain(p.hoursPerMonth())),
                        new Label("reason", p.reason()), new Label("decided", p.decidedBy()));
            }
        });
        add(planForm(persons, plans));
        add(new EmployeeFactsForm("factsForm", this, persons));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("plans.title");
    }

    private List<Activity> activities() {
        Activities all = module().service(Activities.class);
        List<Activity> out = new ArrayList<>(all.list(user(), null, ActivityStatus.ACTIVE));
        all.structure(user()).ifPresent(out::add);
        return out;
    }

    /** The activity's members, or the cooperative's permanent staff for its structure. */
    private List<Choice> persons(Activity activity) {
        People people = module().service(People.class);
        if (activity.memberIds().isEmpty()) {
            return people.list(user(), PersonQuery.all(0, 200).withKind(PersonKind.PERMANENT_STAFF)).items().stream()
                    .map(p -> new Choice(p.id(), p.displayName())).toList();
        }
        return members(activity);
    }

    private Form<Void> planForm(List<Choice> persons, IModel<List<SalaryPlan>> plans) {
        if (!persons.isEmpty()) {
            person.setObject(persons.get(0));
        }
        TextField<String> firstField = new TextField<>("firstMonth", firstMonth);
        TextField<String> monthsField = new TextField<>("months", months);
        TextField<String> grossField = new TextField<>("fixedGross", fixedGross);
        TextField<String> hoursField = new TextField<>("hours", hours);
        Form<Void> form = new Form<>("planForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    Money gross = typedMoney(fixedGross.getObject(), grossField, currency());
                    java.math.BigDecimal typedMonths = typedDecimal(months.getObject(), monthsField);
                    int count = typedMonths == null ? 0 : typedMonths.intValue();
                    long who = person.getObject() == null ? 0 : person.getObject().id();
                    SalaryPlanDraft draft = new SalaryPlanDraft(activityId, who,
                            typedMonth(firstMonth.getObject(), firstField), count, gross,
                            typedDecimal(hours.getObject(), hoursField), reason.getObject());
                    SalaryPlan plan = payroll().plans().decide(user(), draft);
                    success(getString("plans.decided", Model.ofMap(Map.of("monthly", plan.smoothed()
                            ? money(plan.monthlyLoadedSalary()) : money(plan.fixedGross()),
                            "hours", plain(plan.hoursPerMonth())))));
                    plans.detach();
                } catch (FieldRefused e) {
                    // the field shows its error
                } catch (ValidationException e) {
                    show(e, this);
                } catch (AccessDeniedException e) {
                    error(getString("form.denied"));
                }
            }
        };
        form.add(new DropDownChoice<>("person", person, persons, new ChoiceRenderer<>("name", "id")));
        form.add(firstField, monthsField, grossField, hoursField, new TextField<>("reason", reason));
        return form;
    }
}
