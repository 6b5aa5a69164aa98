package coop.essaim.governance.ui;

import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.api.problem.ValidationException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An associate's own shares (what they hold, paid and still owe, the lines of the register about them) and their
 * candidacies to become associate, with the form to apply.
 */
public class MySharesPage extends GovernancePage {

    private static final long serialVersionUID = 1L;

    public MySharesPage(PageParameters parameters) {
        super(parameters);
        Optional<Holding> own = governance().register().own(user());
        // only plain values are kept: the page is stored between requests, the holding is read again
        Long ownId = own.map(Holding::personId).orElse(null);
        String name = own.map(Holding::name).orElse("");
        add(new Label("none", getString("mine.none")).setVisible(own.isEmpty()));
        WebMarkupContainer holding = new WebMarkupContainer("holding");
        holding.setVisible(own.isPresent());
        add(holding);
        holding.add(holdings("rows", LoadableDetachableModel.of(() -> governance().register().own(user())
                .map(List::of).orElse(List.of()))));
        IModel<List<ShareMovement>> lines = LoadableDetachableModel.of(() -> governance().register()
                .ownMovements(user()));
        holding.add(movements("lines", lines, LoadableDetachableModel.of(() -> ownId == null ? Map.of()
                : Map.of(ownId, name))));
        holding.add(candidacies("candidacies", LoadableDetachableModel.of(() -> governance().candidacies()
                .own(user())),
                LoadableDetachableModel.of(() -> ownId == null ? Map.of() : Map.of(ownId, name))));
        IModel<String> letter = Model.of("");
        Form<Void> apply = new Form<>("applyForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    governance().candidacies().apply(user(), ownId, letter.getObject(),
                            LocalDate.now());
                    info(getString("saved"));
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
        apply.add(new TextArea<>("letter", letter));
        holding.add(apply);
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("mine.title");
    }
}
