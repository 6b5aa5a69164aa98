package coop.essaim.web.internal.activities;

import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.CorePages;
import coop.essaim.web.internal.CsvDownload;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The activities list as CSV ({@code ?status=ACTIVE|CLOSED|ALL}, like the page): UTF-8, comma separated, a
 * header row whose names and status codes are the same in every language. Checked like the page; an entrepreneur
 * gets her own activities only (the kernel decides).
 */
public final class ActivitiesCsvResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/activities/export.csv";
    public static final ResourceReference REFERENCE = new ResourceReference(ActivitiesCsvResource.class,
            "activities.csv") {
        private static final long serialVersionUID = 1L;

        @Override
        public IResource getResource() {
            return new ActivitiesCsvResource();
        }
    };
    static final List<String> HEADER = List.of("id", "name", "brand", "trade", "start", "end", "status",
            "analytic_code", "members");

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null || !CorePages.mayOpen(user, ActivitiesPage.class)) {
            return response.setError(user == null ? 401 : 403);
        }
        ActivityStatus status = ActivitiesPage.status(attributes.getParameters().get("status").toString("ACTIVE"));
        return CsvDownload.of("activities.csv", HEADER, rows(user, status));
    }

    private static List<List<String>> rows(UserContext user, ActivityStatus status) {
        MemberNames names = new MemberNames(user);
        return Services.activities().list(user, null, status).stream().map(a -> List.of(Long.toString(a.id()),
                a.name(), text(a.brand()), text(a.trade()), a.start().toString(),
                a.end() == null ? "" : a.end().toString(), a.status().name(), text(a.analyticCode()),
                a.memberIds().stream().map(names::of).map((Optional<String> n) -> n.orElse("#"))
                        .collect(Collectors.joining("; ")))).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
