package coop.essaim.governance.ui;

import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidacies to become associate: the admission rule in force, every candidacy at its step, and the forms of a
 * candidacy, of the decision of the step a candidacy waits at (the board's or the assembly's), and of a new rule.
 */
public class CandidaciesPage extends GovernancePage {

    private static final long serialVersionUID = 1L;

    private final IModel<Long> person = Model.of((Long) null);
    private final IModel<String> letter = Model.of("");
    private final IModel<String> candidacy = Model.of("");
    private final IModel<Boolean> approved = Model.of(true);
    private final IModel<String> reasons = Model.of("");
    private final IModel<String> decidedOn = Model.of(LocalDate.now().toString());
    private final IModel<String> validFrom = Model.of(LocalDate.now().toString());
    private final IModel<String> months = Model.of(String.valueOf(24));

    public CandidaciesPage(PageParameters parameters) {
        super(parameters);
        IModel<Map<Long, String>> names = LoadableDetachableModel.of(this::members);
        add(new Label("rule", () -> getString("admission.describe").replace("{months}", String.valueOf(
                governance().candidacies().boardBelowMonths(user(), LocalDate.now())))));
        add(candidacies("candidacies", LoadableDetachableModel.of(() -> governance().candidacies().all(user())),
                names));
        ChoiceRenderer<Long> byName = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long id) {
                return names.getObject().getOrDefault(id, "#" + id);
            }

            @Override
            public String getIdValue(Long id, int index) {
                return String.valueOf(id);
            }
        };
        IModel<List<Long>> ids = () -> List.copyOf(names.getObject().keySet());
        add(submitting("applyForm", () -> governance().candidacies().apply(user(), required(person.getObject()),
                letter.getObject(), LocalDate.now())).add(new DropDownChoice<>("personId", person, ids, byName),
                new TextArea<>("letter", letter)));
        add(submitting("decideForm", this::decide).add(new TextField<>("candidacyId", candidacy),
                new CheckBox("approved", approved), new TextField<>("reasons", reasons),
                new TextField<>("decidedOn", decidedOn)));
        add(submitting("admissionForm", () -> governance().candidacies().addRule(user(), date(validFrom.getObject()),
                integer(months.getObject()))).add(new TextField<>("validFrom", validFrom),
                new TextField<>("boardBelowMonths", months)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("candidacies.title");
    }

    /** The decision of the step the candidacy waits at. */
    private void decide() {
        long id = integer(candidacy.getObject());
        var c = governance().candidacies().find(user(), id).orElseThrow(() -> new ValidationException("candidacyId",
                getString("candidacy.none")));
        boolean yes = Boolean.TRUE.equals(approved.getObject());
        LocalDate on = date(decidedOn.getObject());
        if (c.stage() == coop.essaim.governance.api.CandidacyStage.BOARD_REVIEW) {
            governance().candidacies().boardDecision(user(), id, yes, reasons.getObject(), on);
        } else {
            governance().candidacies().assemblyDecision(user(), id, yes, reasons.getObject(), on);
        }
    }

    private Map<Long, String> members() {
        Map<Long, String> names = new LinkedHashMap<>();
        module().service(People.class).list(user().lending(CorePermissions.PEOPLE_READ), PersonQuery.all(0, 500))
                .items().stream().filter(p -> p.details().kind() != PersonKind.PARTNER)
                .forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }

    private long required(Long id) {
        if (id == null) {
            throw new ValidationException("personId", getString("required"));
        }
        return id;
    }
}
