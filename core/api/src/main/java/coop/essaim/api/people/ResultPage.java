package coop.essaim.api.people;

import java.util.List;

/** One page of a list: its items, the number of items matching in all pages, and where the page starts. */
public record ResultPage<T>(List<T> items, long total, int offset, int limit) {

    public ResultPage {
        items = List.copyOf(items);
    }
}
