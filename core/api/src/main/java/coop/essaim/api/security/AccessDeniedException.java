package coop.essaim.api.security;

/** The acting user lacks a permission. The web shows the "forbidden" page, the API answers 403. */
public class AccessDeniedException extends RuntimeException {

    private final String permission;

    public AccessDeniedException(String permission) {
        super("permission required: " + permission);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
