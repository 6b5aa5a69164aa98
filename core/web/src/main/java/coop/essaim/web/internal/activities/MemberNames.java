package coop.essaim.web.internal.activities;

import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names of an activity's members for one request, each person read once. A member the user may not read
 * (the co-member of an entrepreneur's brand group) has no name here: the page says "another member".
 */
final class MemberNames {

    private final UserContext user;
    private final Map<Long, Optional<String>> names = new HashMap<>();

    MemberNames(UserContext user) {
        this.user = user;
    }

    Optional<String> of(long personId) {
        return names.computeIfAbsent(personId, id -> Services.people().find(user, id).map(Person::displayName));
    }
}
