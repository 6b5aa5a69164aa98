package coop.essaim.governance.api;

/** An ordinary or an extraordinary general assembly: each has its own quorum. */
public enum AssemblyKind {
    ORDINARY, EXTRAORDINARY
}
