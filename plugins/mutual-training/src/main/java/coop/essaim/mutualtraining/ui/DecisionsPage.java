package coop.essaim.mutualtraining.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.mutualtraining.api.Budget;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.request.Decision;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;

/**
 * "Demandes", the committee's page: the year's budget figures, then the year's requests, highest score first, each
 * with its criteria and a form to approve, refuse or put on hold with reasons (and an override reason to approve
 * beyond what remains). The service refuses it to anyone without {@link MutualTrainingPermissions#DECIDE}.
 */
public class DecisionsPage extends MutualTrainingPage {

    private static final long serialVersionUID = 1L;

    private final int year;

    public DecisionsPage(PageParameters parameters) {
        super(parameters);
        user().require(MutualTrainingPermissions.DECIDE);
        year = parameters.get("year").toInt(LocalDate.now().getYear());
        Budget b = training().requests().budget(user(), year);
        add(new Label("year", year), new Label("total", money(b.total())),
                new Label("committed", money(b.committed())), new Label("spent", money(b.spent())),
                new Label("remaining", money(b.remaining())), new Label("internalReserved",
                        money(b.internalReserved())));
        add(rows("requests", new LoadableDetachableModel<List<TrainingRequest>>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<TrainingRequest> load() {
                return training().requests().all(user(), year, null);
            }
        }));
    }

    @Override
    void populateActions(ListItem<TrainingRequest> item, TrainingRequest r) {
        IModel<String> reasons = Model.of("");
        IModel<String> override = Model.of("");
        Form<Void> form = new Form<>("decisionForm");
        form.add(new TextArea<>("reasons", reasons), new TextField<>("overrideReason", override),
                decide("approve", r.id(), Decision.Choice.APPROVE, reasons, override),
                decide("refuse", r.id(), Decision.Choice.REFUSE, reasons, override),
                decide("hold", r.id(), Decision.Choice.HOLD, reasons, override));
        item.add(form);
    }

    private Button decide(String id, long requestId, Decision.Choice choice, IModel<String> reasons,
                          IModel<String> override) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    String o = text(override);
                    training().requests().decide(user(), requestId, new Decision(choice, text(reasons),
                            o.isEmpty() ? null : o));
                    getSession().info(getString("decide.saved"));
                    setResponsePage(DecisionsPage.class, new PageParameters().set("year", year));
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("decide.title");
    }
}
