package coop.essaim.governance.api;

/** A body of the cooperative: its kind and its name ("Conseil d'administration", "Commission formation"). */
public record Body(long id, BodyKind kind, String name) {
}
