package coop.essaim.web.internal.privacy;

import coop.essaim.web.internal.CorePanel;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The person's data export (GDPR right of access), as JSON and as CSV. */
public class ExportLinksPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    public ExportLinksPanel(String id, long personId) {
        super(id);
        add(link("json", personId));
        add(link("csv", personId));
    }

    private ExternalLink link(String format, long personId) {
        ExternalLink link = new ExternalLink(format, LoadableDetachableModel.of(() -> urlFor(
                PersonalDataResource.REFERENCE, new PageParameters().set("id", personId).set("format", format))
                .toString()));
        return link;
    }
}
