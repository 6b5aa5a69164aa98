package coop.essaim.mutualtraining.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.mutualtraining.api.CriterionResult;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.MutualTraining;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;
import java.util.stream.Collectors;

/** What the mutual training pages share: the module's services, formatting for the reader, refusals as feedback. */
abstract class MutualTrainingPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    MutualTrainingPage(PageParameters parameters) {
        super(parameters);
    }

    final MutualTraining training() {
        return MutualTraining.of(module());
    }

    final String money(Money m) {
        return m == null ? "—" : m.format(getLocale());
    }

    final String status(TrainingRequest r) {
        return getString("status." + r.status().name());
    }

    /** Each criterion's sentence and points, as the member and the committee read them. */
    final String criteria(List<CriterionResult> criteria) {
        return criteria.stream().map(c -> c.explanation() + " (" + c.points() + ")")
                .collect(Collectors.joining(" · "));
    }

    /** A row per request: title, kind, cost, hours, score with its criteria, status, decision reasons. */
    final ListView<TrainingRequest> rows(String id, IModel<List<TrainingRequest>> requests) {
        return new ListView<>(id, requests) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<TrainingRequest> item) {
                TrainingRequest r = item.getModelObject();
                item.add(new Label("member", r.memberName()), new Label("title", r.title()),
                        new Label("kind", getString(r.internal() ? "kind.internal" : "kind.external")),
                        new Label("cost", money(r.cost())), new Label("hours", r.hours().toPlainString()),
                        new Label("score", r.score()), new Label("criteria", criteria(r.criteria())),
                        new Label("status", status(r)), new Label("reasons", r.decisionReasons()),
                        new Label("override", r.overrideReason()));
                populateActions(item, r);
            }
        };
    }

    /** What a page adds to a request's row (the committee's decision form); nothing by default. */
    void populateActions(ListItem<TrainingRequest> item, TrainingRequest r) {
    }

    /** Each refusal as feedback, the field's name first. */
    final void refused(ValidationException e) {
        e.errors().forEach(f -> error(getString("field." + f.field(), null, f.field()) + " : " + f.message()));
    }

    static String text(IModel<String> model) {
        return model.getObject() == null ? "" : model.getObject().strip();
    }
}
