package coop.essaim.web.internal.people;

import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.CorePages;
import coop.essaim.web.internal.CsvDownload;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filtered people list, every page of it, as CSV (UTF-8, comma separated, a header row). The header and
 * the codes (kind, status, deadline flag) are the same in every language, so the file can be read back by an
 * import or a script; names of sites and referents are written as people read them. Checked like the list:
 * the user must be logged in and may open the list, and the kernel confines what they get.
 */
public final class PeopleCsvResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/people/export.csv";
    public static final ResourceReference REFERENCE = new ResourceReference(PeopleCsvResource.class, "people.csv") {
        private static final long serialVersionUID = 1L;

        @Override
        public IResource getResource() {
            return new PeopleCsvResource();
        }
    };
    static final List<String> HEADER = List.of("id", "kind", "given_name", "family_name", "organisation", "email",
            "phone", "site", "status", "status_since", "referent", "associate_deadline", "deadline_flag", "trades");
    private static final int BATCH = 500;

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null || !CorePages.mayListPeople(user)) {
            return response.setError(user == null ? 401 : 403);
        }
        return CsvDownload.of("people.csv", HEADER, rows(user, PeopleFilter.of(attributes.getParameters())));
    }

    /** Read before the response starts, so a refusal of the kernel becomes an error page, not half a file. */
    static List<List<String>> rows(UserContext user, PeopleFilter filter) {
        Map<Long, String> sites = Services.people().establishments(user).stream()
                .collect(Collectors.toMap(Establishment::id, Establishment::name));
        Map<Long, String> referents = Referents.candidates(user);
        List<List<String>> rows = new ArrayList<>();
        int offset = 0;
        ResultPage<Person> page;
        do {
            PersonQuery query = filter.query(offset, BATCH);
            page = Services.people().list(user, query);
            for (Person p : page.items()) {
                rows.add(row(p, sites, referents));
            }
            offset += BATCH;
        } while (!page.items().isEmpty() && offset < page.total());
        return rows;
    }

    private static List<String> row(Person p, Map<Long, String> sites, Map<Long, String> referents) {
        var d = p.details();
        return List.of(Long.toString(p.id()), d.kind().name(), text(d.givenName()), text(d.familyName()),
                text(d.organisation()), text(d.email()), text(d.phone()),
                text(sites.get(d.establishmentId())), text(p.statusCode()),
                p.statusSince() == null ? "" : p.statusSince().toString(),
                p.referentUserId() == null ? "" : Referents.name(referents, p.referentUserId()),
                p.deadline().date() == null ? "" : p.deadline().date().toString(), p.deadline().flag().name(),
                String.join("; ", d.trades()));
    }

    /**
     * A cell a spreadsheet would run as a formula (=, @, or + and - not starting a number such as a phone
     * number) is written with a leading apostrophe: names and e-mails are typed by anyone.
     */
    public static String defused(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || (first == '+' || first == '-') && !value.matches("[+-][0-9 ().]*");
        return formula ? "'" + value : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
