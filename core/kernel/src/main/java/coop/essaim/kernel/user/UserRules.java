package coop.essaim.kernel.user;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.kernel.security.PasswordHasher;
import coop.essaim.kernel.text.EmailAddresses;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** What a user account must satisfy; each check adds its error under the form field's name. */
public final class UserRules {

    public static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,40}");
    /** Deliberately loose: one @, something before it, a dotted domain after it, no spaces. */

    private UserRules() {
    }

    public static void checkLogin(String login, FieldErrors errors) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            errors.add("login", "user.login.invalid");
        }
    }

    public static void checkProfile(String displayName, String email, FieldErrors errors) {
        errors.requireText("displayName", displayName, 120);
        if (email == null || email.length() > 254 || !EmailAddresses.plausible(email)) {
            errors.add("email", "user.email.invalid");
        }
    }

    /** {@code languages}: the interface languages offered ({@code InterfaceLanguages.tags}). */
    public static void checkLocale(String locale, List<String> languages, FieldErrors errors) {
        if (locale == null || !languages.contains(locale)) {
            errors.add("locale", "validation.choice", String.join(", ", languages));
        }
    }

    public static void checkPassword(String field, char[] password, FieldErrors errors) {
        if (password == null || password.length < PasswordHasher.MIN_LENGTH) {
            errors.add(field, "user.password.tooShort", PasswordHasher.MIN_LENGTH);
        } else if (PasswordHasher.utf8Length(password) > PasswordHasher.MAX_BYTES) {
            errors.add(field, "user.password.tooLong", PasswordHasher.MAX_BYTES);
        }
    }

    public static void checkRoles(Collection<String> roles, FieldErrors errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "validation.required");
        } else if (!CoreRoles.ALL.containsAll(roles)) {
            errors.add("roles", "validation.choice", String.join(", ", CoreRoles.ALL));
        }
    }
}
