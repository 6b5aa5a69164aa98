package coop.essaim.api.people;

/** What an import writes. */
public enum ImportMode {
    /** Nothing: the report says what would be refused. */
    CHECK_ONLY,
    /** Every line, and only if every line is valid. */
    ALL_OR_NOTHING,
    /** The valid lines; the refused ones are reported. */
    VALID_LINES_ONLY
}
