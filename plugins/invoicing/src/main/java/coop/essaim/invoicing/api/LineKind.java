package coop.essaim.invoicing.api;

/** What a line sells: a service or goods (they post to different revenue accounts). */
public enum LineKind {
    SERVICE, GOODS
}
