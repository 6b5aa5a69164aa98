package coop.essaim.treasuryadvances.ui;

import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;

/** The advances of the entrepreneur's own activities, latest first: where each stands, the board's reasons. */
public class MyAdvancesPage extends AdvancesPage {

    private static final long serialVersionUID = 1L;

    public MyAdvancesPage(PageParameters parameters) {
        super(parameters);
        IModel<List<TreasuryAdvance>> own = LoadableDetachableModel.of(() -> advances().advances().own(user()));
        add(new Label("none", getString("mine.none")).setVisible(own.getObject().isEmpty()));
        add(rows("advances", own));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("mine.title");
    }
}
