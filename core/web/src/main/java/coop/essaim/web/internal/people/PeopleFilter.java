package coop.essaim.web.internal.people;

import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;

/**
 * The filters of the people list as the form edits them and as the list's address carries them
 * ({@code /people?status=salaried&site=3&page=2}), so a filtered list can be bookmarked, paged and exported.
 */
public final class PeopleFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    String status;
    Long site;
    Long referent;
    DeadlineFlag deadline;
    String trade;
    PersonKind kind;
    String search;

    public static PeopleFilter of(PageParameters parameters) {
        PeopleFilter f = new PeopleFilter();
        f.status = text(parameters, "status");
        f.site = number(parameters, "site");
        f.referent = number(parameters, "referent");
        f.deadline = constant(DeadlineFlag.class, text(parameters, "deadline"));
        f.trade = text(parameters, "trade");
        f.kind = constant(PersonKind.class, text(parameters, "kind"));
        f.search = text(parameters, "q");
        return f;
    }

    public PageParameters parameters() {
        PageParameters p = new PageParameters();
        put(p, "status", status);
        put(p, "site", site);
        put(p, "referent", referent);
        put(p, "deadline", deadline == null ? null : deadline.name());
        put(p, "trade", trade);
        put(p, "kind", kind == null ? null : kind.name());
        put(p, "q", search);
        return p;
    }

    public PersonQuery query(int offset, int limit) {
        return new PersonQuery(status, site, referent, deadline, trade, kind, search, offset, limit);
    }

    private static void put(PageParameters p, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.set(name, value.toString().strip());
        }
    }

    private static String text(PageParameters p, String name) {
        String value = p.get(name).toOptionalString();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long number(PageParameters p, String name) {
        String value = text(p, name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
