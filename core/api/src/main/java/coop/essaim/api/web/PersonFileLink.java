package coop.essaim.api.web;

import java.util.Objects;

/**
 * A link on a person's file: {@code path} is one of the module's {@link PageDeclaration#path() page paths};
 * {@code labelKey} is read from the module's message bundle.
 */
public record PersonFileLink(String path, String labelKey) {

    public PersonFileLink {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
