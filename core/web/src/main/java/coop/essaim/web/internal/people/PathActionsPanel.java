package coop.essaim.web.internal.people;

import coop.essaim.api.people.Contract;
import coop.essaim.api.people.ContractKind;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.DateField;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.CompoundPropertyModel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * What may be done in the current status: record a transition to one of the statuses the path model allows
 * next, renew an open fixed-term contract, change the referent adviser. Every refusal of the kernel is shown
 * beside the field it names, and nothing changes; a success reloads the page with the new history.
 */
public class PathActionsPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final IModel<PathModel> model;

    public PathActionsPanel(String id, long personId, IModel<PathModel> model) {
        super(id);
        this.personId = personId;
        this.model = model;
        IModel<PersonPath> path = LoadableDetachableModel.of(() ->
                Services.people().path(user(), personId).orElseThrow(CorePage::notFound));
        add(transitionForm(path));
        add(renewalForm(path));
        add(referentForm());
    }

    private Form<PathActions.Transition> transitionForm(IModel<PersonPath> path) {
        FieldFeedback fields = new FieldFeedback("actions.");
        Form<PathActions.Transition> form = new Form<>("transition",
                new CompoundPropertyModel<>(new PathActions.Transition())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                PathActions.Transition t = getModelObject();
                act(fields, this, () -> Services.people().recordTransition(user(), personId,
                        new PathChange(t.status, t.date, t.plannedEnd, t.exitReason, t.details)));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!allowedNext(path.getObject()).isEmpty());
            }
        };
        fields.add(form, new DropDownChoice<>("status", LoadableDetachableModel.of(() -> allowedNext(path.getObject())),
                renderer(code -> corePage().statusLabel(model.getObject(), code))).setRequired(true), "statusCode");
        fields.add(form, new DateField("date").setRequired(true));
        fields.add(form, new DateField("plannedEnd"));
        fields.add(form, new DropDownChoice<>("exitReason", model.map(m -> m.exitReasons().stream()
                .map(ExitReason::code).toList()), renderer(code -> model.getObject().exitReason(code)
                .map(r -> corePage().peopleText(r.labelKey())).orElse(code))).setNullValid(true));
        fields.add(form, new TextArea<String>("details"));
        return form;
    }

    private Form<PathActions.Renewal> renewalForm(IModel<PersonPath> path) {
        FieldFeedback fields = new FieldFeedback("actions.");
        Form<PathActions.Renewal> form = new Form<>("renewal", new CompoundPropertyModel<>(new PathActions.Renewal())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                PathActions.Renewal r = getModelObject();
                act(fields, this, () -> Services.people().renewContract(user(), personId, r.contractKind, r.date,
                        r.newPlannedEnd, r.details));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!renewable(path.getObject()).isEmpty());
            }
        };
        fields.add(form, new DropDownChoice<>("contractKind", LoadableDetachableModel.of(() ->
                renewable(path.getObject())), renderer(code -> model.getObject().contractKind(code)
                .map(k -> corePage().peopleText(k.labelKey())).orElse(code))).setRequired(true));
        fields.add(form, new DateField("date").setRequired(true));
        fields.add(form, new DateField("newPlannedEnd").setRequired(true), "plannedEnd");
        fields.add(form, new TextArea<String>("details"));
        return form;
    }

    private Form<PathActions.ReferentChange> referentForm() {
        FieldFeedback fields = new FieldFeedback("actions.");
        PathActions.ReferentChange change = new PathActions.ReferentChange();
        change.from = LocalDate.now();
        Form<PathActions.ReferentChange> form = new Form<>("referentChange", new CompoundPropertyModel<>(change)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                PathActions.ReferentChange c = getModelObject();
                act(fields, this, () -> Services.people().changeReferent(user(), personId, c.referent, c.from,
                        c.reason));
            }
        };
        fields.add(form, PeoplePage.choice("referent", LoadableDetachableModel.of(() -> Referents.candidates(user()))),
                "adviserUserId");
        fields.add(form, new DateField("from").setRequired(true));
        fields.add(form, new TextField<String>("reason").setRequired(true));
        return form;
    }

    /** The statuses the model allows after the latest step, or the initial ones for an empty path. */
    private List<String> allowedNext(PersonPath path) {
        PathModel m = model.getObject();
        return path.latest().map(e -> m.status(e.statusCode()).map(s -> m.statuses().stream()
                        .map(PathStatusDefinition::code).filter(s.next()::contains).toList()).orElse(List.of()))
                .orElseGet(() -> m.statuses().stream().filter(PathStatusDefinition::initial)
                        .map(PathStatusDefinition::code).toList());
    }

    private List<String> renewable(PersonPath path) {
        PathModel m = model.getObject();
        return path.contracts().stream().filter(Contract::open).map(Contract::kind)
                .filter(k -> m.contractKind(k).map(ContractKind::fixedTerm).orElse(false)).distinct().toList();
    }

    private void act(FieldFeedback fields, Form<?> form, Runnable change) {
        try {
            change.run();
            getSession().success(getString("actions.done"));
            setResponsePage(PersonPage.class, new PageParameters().set("id", personId));
        } catch (ValidationException e) {
            fields.show(e, form);
        }
    }

    private static ChoiceRenderer<String> renderer(SerializableLabel label) {
        return new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String code) {
                return label.apply(code);
            }

            @Override
            public String getIdValue(String code, int index) {
                return code;
            }
        };
    }

    private interface SerializableLabel extends Function<String, String>, java.io.Serializable {
    }
}
