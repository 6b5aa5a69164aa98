package coop.essaim.web.internal.activities;

import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.CorePages;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.people.PeopleCsvResource;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
        List<List<String>> rows = rows(user, status);
        response.setContentType("text/csv; charset=UTF-8");
        response.setTextEncoding("UTF-8");
        response.setFileName("activities.csv");
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setCacheDuration(Duration.ZERO);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                write(out, rows);
                out.flush();
            }
        });
        return response;
    }

    /** Read before the response starts, so a refusal of the kernel becomes an error page, not half a file. */
    private static List<List<String>> rows(UserContext user, ActivityStatus status) {
        MemberNames names = new MemberNames(user);
        return Services.activities().list(user, null, status).stream().map(a -> List.of(Long.toString(a.id()),
                a.name(), text(a.brand()), text(a.trade()), a.start().toString(),
                a.end() == null ? "" : a.end().toString(), a.status().name(), text(a.analyticCode()),
                a.memberIds().stream().map(names::of).map((Optional<String> n) -> n.orElse("#"))
                        .collect(Collectors.joining("; ")))).toList();
    }

    private static void write(Writer out, List<List<String>> rows) {
        try {
            // not closed: closing the printer would close the response's stream, which the container owns
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                    .get());
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(PeopleCsvResource::defused).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
