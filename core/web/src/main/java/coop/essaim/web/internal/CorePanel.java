package coop.essaim.web.internal;

import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;

/** A panel of a people core page: the acting user and the page's shared labels. */
public abstract class CorePanel extends Panel {

    private static final long serialVersionUID = 1L;

    protected CorePanel(String id) {
        super(id);
    }

    protected CorePanel(String id, IModel<?> model) {
        super(id, model);
    }

    protected final UserContext user() {
        return EssaimSession.get().user().orElseThrow(() -> new IllegalStateException("no user is logged in"));
    }

    protected final CorePage corePage() {
        return (CorePage) getPage();
    }
}
