package coop.essaim.web.internal.menu;

import java.io.Serializable;

/** One link of the menu; {@code href} is relative to the application root ({@code m/invoicing/customers}). */
public record MenuEntry(String label, String href, int order) implements Serializable {
}
