package coop.essaim.api.web;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of a module. {@code path} is relative to the module ({@code "customers"} becomes
 * {@code /m/invoicing/customers}); {@code permission} is a permission code the user must hold,
 * {@link #AUTHENTICATED} for any logged-in user, or {@link #PUBLIC} for anyone.
 */
public record PageDeclaration(String path, Class<?> pageClass, String permission, Optional<MenuItem> menu) {

    public static final String AUTHENTICATED = "authenticated";
    /**
     * Open to anonymous visitors, for a page that checks a secret of its own in its address (a calendar feed's
     * token that a calendar app sends, which cannot log in). Such a page must show nothing without that secret,
     * answer an unknown secret as "not found", and never be a menu entry (nobody holds this permission).
     */
    public static final String PUBLIC = "public";

    public PageDeclaration {
        Objects.requireNonNull(pageClass, "pageClass");
        Objects.requireNonNull(permission, "permission");
        if (path == null || !path.matches("[a-z0-9][a-z0-9/-]*")) {
            throw new IllegalArgumentException("page path '" + path + "': expected lower-case words separated by / or -");
        }
        menu = menu == null ? Optional.empty() : menu;
    }

    public static PageDeclaration page(String path, Class<?> pageClass, String permission) {
        return new PageDeclaration(path, pageClass, permission, Optional.empty());
    }

    public static PageDeclaration menuPage(String path, Class<?> pageClass, String permission, MenuItem menu) {
        return new PageDeclaration(path, pageClass, permission, Optional.of(menu));
    }
}
