package coop.essaim.web.internal.cooperative;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.web.internal.CorePage;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.settings.SettingsPanel;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The cooperative's profile: what the installation records about it (read-only here), the identity printed on
 * its documents, its logo, how long it keeps the files of members who left, the other settings of the core and
 * of the modules, and the SMTP server its mail goes through with the latest sendings.
 */
public class CooperativePage extends CorePage {

    private static final long serialVersionUID = 1L;

    public CooperativePage(PageParameters parameters) {
        super(parameters);
        Cooperative coop = Services.cooperative(user());
        add(new Label("legalName", coop.legalName()));
        add(new Label("legalForm", coop.legalForm() == null ? "—" : coop.legalForm()));
        add(new Label("country", coop.country()));
        add(new Label("currency", coop.currency()));
        add(new IdentityPanel("identity"));
        add(new LogoPanel("logo"));
        add(new ContributionRatesPanel("contribution"));
        add(new RetentionPanel("retention"));
        add(new SettingsPanel("settings"));
        add(new MailPanel("mail"));
        add(new MailHistoryPanel("mailHistory"));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("cooperative.title");
    }
}
