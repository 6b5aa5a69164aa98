package coop.essaim.governance.ui;

import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.ShareMovement;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An associate's own shares: what they hold, paid and still owe, and the lines of the register about them. */
public class MySharesPage extends GovernancePage {

    private static final long serialVersionUID = 1L;

    public MySharesPage(PageParameters parameters) {
        super(parameters);
        Optional<Holding> own = governance().register().own(user());
        add(new Label("none", getString("mine.none")).setVisible(own.isEmpty()));
        WebMarkupContainer holding = new WebMarkupContainer("holding");
        holding.setVisible(own.isPresent());
        add(holding);
        holding.add(holdings("rows", LoadableDetachableModel.of(() -> own.map(List::of).orElse(List.of()))));
        IModel<List<ShareMovement>> lines = LoadableDetachableModel.of(() -> governance().register()
                .ownMovements(user()));
        String name = own.map(Holding::name).orElse("");
        holding.add(movements("lines", lines, LoadableDetachableModel.of(() -> own.map(h -> Map.of(h.personId(),
                name)).orElse(Map.of()))));
        holding.add(candidacies("candidacies", LoadableDetachableModel.of(() -> governance().candidacies().own(user())),
                LoadableDetachableModel.of(() -> own.map(h -> Map.of(h.personId(), name)).orElse(Map.of()))));
        org.apache.wicket.model.IModel<String> letter = org.apache.wicket.model.Model.of("");
        org.apache.wicket.markup.html.form.Form<Void> apply = new org.apache.wicket.markup.html.form.Form<>("applyForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    governance().candidacies().apply(user(), own.orElseThrow().personId(), letter.getObject(),
                            java.time.LocalDate.now());
                    info(getString("saved"));
                } catch (coop.essaim.api.problem.ValidationException e) {
                    refused(e);
                }
            }
        };
        apply.add(new org.apache.wicket.markup.html.form.TextArea<>("letter", letter));
        holding.add(apply);
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("mine.title");
    }
}
