package coop.essaim.governance.api;

/**
 * Where a year's split stands: a draft (revised at will), proposed to the assembly (still revisable, which brings it
 * back to draft), adopted by the assembly (never changed again), then posted in the books (once).
 */
public enum SplitStatus {
    DRAFT,
    PROPOSED,
    ADOPTED,
    POSTED
}
