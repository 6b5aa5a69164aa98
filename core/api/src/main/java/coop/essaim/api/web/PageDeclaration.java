package coop.essaim.api.web;

import java.util.Objects;
import java.util.Optional;

/**
 * A page of a module. {@code path} is relative to the module ({@code "customers"} becomes
 * {@code /m/invoicing/customers}); {@code permission} is a permission code the user must hold,
 * or {@link #AUTHENTICATED} for any logged-in user.
 */
public record PageDeclaration(String path, Class<?> pageClass, String permission, Optional<MenuItem> menu) {

    public static final String AUTHENTICATED = "authenticated";

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
