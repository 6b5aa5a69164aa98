package coop.essaim.payroll.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.internal.job.DeclaredJob;
import coop.essaim.payroll.internal.job.ShortJob;
import coop.essaim.payroll.internal.job.ShortJobDraft;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The short job contracts of one activity ({@code ?activity=}; the first when absent), latest first, with
 * their status, and, for advisers and accounting, the form a job is declared with and a link cancelling each
 * job not paid yet. An entrepreneur sees their own jobs only.
 */
public class JobsPage extends PayrollPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;
    private final IModel<Choice> person = Model.of();
    private final IModel<String> firstDay = Model.of("");
    private final IModel<String> lastDay = Model.of("");
    private final IModel<String> hours = Model.of("");
    private final IModel<String> gross = Model.of("");
    private final IModel<String> description = Model.of("");

    public JobsPage(PageParameters parameters) {
        super(parameters);
        Activity activity = activityShown(parameters, this::activities);
        this.activityId = activity.id();
        List<Choice> persons = members(activity);
        boolean decides = user().can(PayrollPermissions.PLAN);
        IModel<List<ShortJob>> jobs = LoadableDetachableModel.of(() -> payroll().shortJobs().ofActivity(user(),
                activityId, null));
        add(new ListView<>("jobs", jobs) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ShortJob> item) {
                ShortJob j = item.getModelObject();
                long id = j.id();
                String who = persons.stream().filter(c -> c.id() == j.personId()).map(Choice::name).findFirst()
                        .orElse("#" + j.personId());
                String days = j.firstDay().equals(j.lastDay()) ? day(j.firstDay())
                        : day(j.firstDay()) + " – " + day(j.lastDay());
                item.add(new Label("person", who), new Label("days", days),
                        new Label("description", j.description()), new Label("hours", plain(j.hours())),
                        new Label("gross", money(j.gross())), new Label("cost", money(j.employerCost())),
                        new Label("status", getString("jobs.status." + j.status().name())));
                Link<Void> cancel = new Link<>("cancel") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        try {
                            payroll().shortJobs().cancel(user(), id);
                            JobsPage.this.success(getString("jobs.cancelled"));
                        } catch (ValidationException e) {
                            show(e, JobsPage.this);
                        } catch (AccessDeniedException e) {
                            JobsPage.this.error(getString("form.denied"));
                        }
                        jobs.detach();
                    }
                };
                item.add(cancel.setVisible(decides && j.status() == ShortJob.Status.DECLARED));
            }
        });
        add(jobForm(persons, jobs).setVisible(decides));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("jobs.title");
    }

    private List<Activity> activities() {
        return module().service(Activities.class).list(user(), null, ActivityStatus.ACTIVE).stream()
                .filter(a -> !a.memberIds().isEmpty()).toList();
    }

    private String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(date);
    }

    private Form<Void> jobForm(List<Choice> persons, IModel<List<ShortJob>> jobs) {
        if (!persons.isEmpty()) {
            person.setObject(persons.get(0));
        }
        TextField<String> firstField = new TextField<>("firstDay", firstDay);
        TextField<String> lastField = new TextField<>("lastDay", lastDay);
        TextField<String> hoursField = new TextField<>("hours", hours);
        TextField<String> grossField = new TextField<>("gross", gross);
        Form<Void> form = new Form<>("jobForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    LocalDate first = typedDay(firstDay.getObject(), firstField);
                    String lastText = lastDay.getObject();
                    LocalDate last = lastText == null || lastText.isBlank() ? first : typedDay(lastText, lastField);
                    Money amount = typedMoney(gross.getObject(), grossField, currency());
                    long who = person.getObject() == null ? 0 : person.getObject().id();
                    DeclaredJob declared = payroll().shortJobs().declare(user(), new ShortJobDraft(activityId, who,
                            first, last, typedDecimal(hours.getObject(), hoursField), amount,
                            description.getObject()));
                    success(getString("jobs.declared", Model.ofMap(Map.of("gross", money(declared.gross()),
                            "net", money(declared.netPaid()), "cost", money(declared.employerCost())))));
                    jobs.detach();
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
        form.add(firstField, lastField, hoursField, grossField, new TextField<>("description", description));
        return form;
    }

    private LocalDate typedDay(String text, Component field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            field.error(getString("form.day"));
            throw new FieldRefused();
        }
    }
}
