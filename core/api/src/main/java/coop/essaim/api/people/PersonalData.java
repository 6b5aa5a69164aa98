package coop.essaim.api.people;

import coop.essaim.api.security.UserContext;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Service: a person's rights over their data (GDPR). The export holds everything the cooperative keeps about
 * the person: their file, path, referents, activities, the login linked to them, the audit trail about them,
 * and the advisers' notes when the actor may read those. Staff with {@code core.people.manage} export anyone
 * they may see; an entrepreneur exports their own file (without the notes).
 *
 * <p>Anonymising replaces everything that identifies the person (names, contact, address, birth date, free
 * texts of the path and referent history, the notes, the linked login) and keeps what the cooperative's
 * figures need (kind, site, trades, the dates and statuses of the path, exit reasons, activity memberships,
 * the ledger's postings, which belong to activities). It needs {@code core.people.anonymise}, and for a
 * member, an exit longer ago than the cooperative's retention period (setting
 * {@value #RETENTION_SETTING}, in months). It cannot be undone.
 */
public interface PersonalData {

    String RETENTION_SETTING = "core.people.retention-months";

    /** Writes the export; empty-handed actors get {@code AccessDeniedException} or a refusal naming "person". */
    void export(UserContext actor, long personId, Format format, Writer out);

    /** The first day the person may be anonymised; empty while they have not left (a member's exit). */
    Optional<LocalDate> anonymisableFrom(UserContext actor, long personId);

    /** Anonymises the person; refused (naming "person") before {@link #anonymisableFrom}. */
    Person anonymise(UserContext actor, long personId);

    enum Format {
        /** One document: sections as objects and lists. */
        JSON,
        /** One row per value: section, item number, field, value. */
        CSV
    }
}
