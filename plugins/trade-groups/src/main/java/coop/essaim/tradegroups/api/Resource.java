package coop.essaim.tradegroups.api;

/** A resource shared at a meeting: a title and an https link. */
public record Resource(String title, String url) {
}
