package coop.essaim.mutualtraining.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.mutualtraining.api.NewRequest;
import coop.essaim.mutualtraining.api.Offer;
import coop.essaim.mutualtraining.api.TrainingRequest;
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

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * "Mes demandes de formation": the member's own requests with their score, each criterion's sentence, the status,
 * the decision and its reasons; and the form to submit a new one (internal from the catalogue, or external).
 */
public class MyRequestsPage extends MutualTrainingPage {

    private static final long serialVersionUID = 1L;

    record Choice(long id, String name) implements Serializable {
    }

    private final IModel<String> title = Model.of("");
    private final IModel<Boolean> internal = Model.of(Boolean.TRUE);
    private final IModel<Choice> offer = Model.of();
    private final IModel<String> goal = Model.of("");
    private final IModel<String> cost = Model.of("0,00");
    private final IModel<String> hours = Model.of("");
    private final IModel<String> purpose = Model.of("");

    public MyRequestsPage(PageParameters parameters) {
        super(parameters);
        List<Choice> offers = training().catalogue().search(user(), null, null, null).stream()
                .map((Offer o) -> new Choice(o.id(), o.topic() + " — " + o.trainerName())).toList();
        Form<Void> form = new Form<>("requestForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                submit();
            }
        };
        form.add(new TextField<>("title", title), new CheckBox("internal", internal),
                new DropDownChoice<>("offer", offer, offers, new ChoiceRenderer<>("name", "id")).setNullValid(true),
                new TextArea<>("goal", goal), new TextField<>("cost", cost), new TextField<>("hours", hours),
                new TextArea<>("purpose", purpose));
        add(form, rows("requests", new LoadableDetachableModel<List<TrainingRequest>>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<TrainingRequest> load() {
                return training().requests().own(user());
            }
        }));
    }

    private void submit() {
        Money amount;
        try {
            amount = Money.parse(text(cost).replace(',', '.').replaceAll("[\\s\u00a0\u202f]", ""),
                    training().requests().currency(user().cooperativeId()));
        } catch (RuntimeException e) {
            amount = null;   // the service names the field
        }
        BigDecimal h;
        try {
            h = new BigDecimal(text(hours).replace(',', '.'));
        } catch (NumberFormatException e) {
            h = null;   // the service names the field
        }
        boolean isInternal = Boolean.TRUE.equals(internal.getObject());
        Long offerId = isInternal && offer.getObject() != null ? offer.getObject().id() : null;
        try {
            training().requests().submit(user(), new NewRequest(text(title), isInternal, offerId, text(goal),
                    text(purpose), amount, h, null));
            getSession().info(getString("mine.saved"));
            setResponsePage(MyRequestsPage.class);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("mine.title");
    }
}
