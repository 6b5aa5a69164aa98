package coop.essaim.api.people;

import coop.essaim.api.security.UserContext;

import java.io.Reader;

/**
 * Service: migrating people and activities from a spreadsheet or another tool. The file is CSV (comma or
 * semicolon, found from the header row; UTF-8), with one header row whose column names are listed in
 * {@code docs/people-import.md} (English names or their French equivalents, in any case and order). Each line is
 * checked as the {@link People} and {@link Activities} services would check it, and against the lines before it
 * (the same e-mail or analytic code twice is refused). {@link ImportMode} says what is written: nothing at all
 * unless every line is valid, or the valid lines only, or nothing (a check). Importing people needs
 * {@code core.people.manage}, activities {@code core.activities.manage}; an entrepreneur may import neither.
 * Problems with the file itself (unknown column, malformed CSV, too many lines) write nothing in any mode.
 */
public interface PeopleImport {

    /** The most data lines a file may hold. */
    int MAX_LINES = 50_000;

    ImportReport importPeople(UserContext actor, Reader csv, ImportMode mode);

    /** Members are given by their e-mail, which must be that of a member of the cooperative. */
    ImportReport importActivities(UserContext actor, Reader csv, ImportMode mode);
}
