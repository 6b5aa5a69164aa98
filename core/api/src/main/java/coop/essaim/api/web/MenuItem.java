package coop.essaim.api.web;

import java.util.Objects;

/**
 * An entry of the main menu. {@code section} groups entries ({@link MenuSection}); {@code labelKey} is looked
 * up in the module's translation bundle ({@code Essaim-Messages}); lower {@code order} comes first.
 */
public record MenuItem(String section, String labelKey, int order) {

    public MenuItem {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
