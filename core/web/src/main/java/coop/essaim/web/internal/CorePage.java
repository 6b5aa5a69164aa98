package coop.essaim.web.internal;

import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.PathModel;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.people.PathLabels;
import coop.essaim.web.internal.pages.NotFoundPage;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.request.RequestHandlerExecutor.ReplaceHandlerException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.string.StringValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Base of the people core's pages: the texts they share ({@code CorePage_*.properties}), the labels of the
 * path model (in the people core's bundle) and the "not found" answer a page gives for an id the user may
 * not see, which is the same as for an id that does not exist, so nothing tells them apart.
 */
public abstract class CorePage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    protected CorePage(PageParameters parameters) {
        super(parameters);
    }

    /** Renders the "not found" page in place (HTTP 404), whatever this page was about to show. */
    public static ReplaceHandlerException notFound() {
        return new ReplaceHandlerException(new RenderPageRequestHandler(new PageProvider(NotFoundPage.class),
                RenderPageRequestHandler.RedirectPolicy.NEVER_REDIRECT), true);
    }

    /** The {@code id} path parameter, or "not found" when it is missing or not a number. */
    protected static long idParameter(PageParameters parameters) {
        StringValue id = parameters.get("id");
        try {
            return Long.parseLong(id.toString(""));
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    /** A label of the path model (from its country plugin's bundle) or of the people core, in the user's language. */
    public final String peopleText(String key) {
        return PathLabels.text(EssaimWebApplication.get().kernel(), user(), key, getLocale());
    }

    public final String statusLabel(PathModel model, String code) {
        if (code == null) {
            return getString("core.noStatus");
        }
        return model.status(code).map(s -> peopleText(s.labelKey())).orElse(code);
    }

    public final String deadlineLabel(DeadlineFlag flag) {
        return getString("core.deadline." + flag.name());
    }

    public final String date(LocalDate date) {
        return date == null ? "—" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()));
    }
}
