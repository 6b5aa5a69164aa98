package coop.essaim.api.dashboard;

import java.util.List;

/**
 * What a dashboard tile shows: figures (already formatted for the user's locale), links to pages
 * ({@code href} relative to the application root, for example {@code m/invoicing/invoices}) and an optional
 * message.
 */
public record WidgetContent(List<Figure> figures, List<Link> links, String message) {

    public WidgetContent {
        figures = List.copyOf(figures == null ? List.of() : figures);
        links = List.copyOf(links == null ? List.of() : links);
    }

    public record Figure(String label, String value) {
    }

    public record Link(String label, String href) {
    }
}
