package coop.essaim.web.internal.menu;

import java.io.Serializable;
import java.util.List;

/** A section of the menu with its translated title and entries in order. */
public record MenuGroup(String section, String title, List<MenuEntry> entries) implements Serializable {

    public MenuGroup {
        entries = List.copyOf(entries);
    }
}
