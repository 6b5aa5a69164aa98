package coop.essaim.web.internal.people;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserAccount;
import coop.essaim.web.internal.Services;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of referent advisers, who are users. A user manager sees the active advisers of the directory;
 * other readers of people find them through the permanent staff files linked to a login. A person's own
 * referent is always named, even to an entrepreneur who may read neither.
 */
public final class Referents {

    private Referents() {
    }

    /** The advisers a person may be given, by user id, sorted by name. */
    public static Map<Long, String> candidates(UserContext user) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (user.can(CorePermissions.USERS_MANAGE)) {
            for (UserAccount account : Services.users().users(user)) {
                if (account.active() && account.roles().contains(CoreRoles.ADVISER)) {
                    names.put(account.id(), account.displayName());
                }
            }
            return names;
        }
        if (user.can(CorePermissions.PEOPLE_READ)) {
            PersonQuery staff = PersonQuery.all(0, 500).withKind(PersonKind.PERMANENT_STAFF);
            for (Person p : Services.people().list(user, staff).items()) {
                if (p.details().userId() != null) {
                    names.put(p.details().userId(), p.displayName());
                }
            }
        }
        return names;
    }

    /** The name of the adviser {@code userId}, looked up in {@code known} first; "—" for none. */
    public static String name(Map<Long, String> known, Long userId) {
        if (userId == null) {
            return "—";
        }
        String name = known.get(userId);
        return name != null ? name : Services.users().contextOf(userId).displayName();
    }
}
