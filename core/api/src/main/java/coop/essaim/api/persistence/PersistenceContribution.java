package coop.essaim.api.persistence;

import java.util.List;

/**
 * Extension point: a module's entities and schema migrations. The core builds one EclipseLink persistence
 * unit per module on the installation's single DataSource, with the module's class loader, and applies the
 * module's migrations before the module starts.
 *
 * <p>Migrations are SQL files in {@link #migrationFolder()} of the module's own jar, named
 * {@code V<yyyyMMddHHmm>__<what>.sql}, applied once each, in name order, each in its own transaction, and
 * recorded in {@code ESSAIM_SCHEMA_HISTORY} with a checksum (an applied file that changed stops the start).
 * A file {@code V..__what.postgresql.sql} or {@code V..__what.derby.sql} beside it replaces it on that
 * database. Statements are separated by {@code ;} at the end of a line. Tables are prefixed by the module
 * (for example {@code INV_INVOICE}) and every business table has a {@code COOPERATIVE_ID} column: every
 * record belongs to a cooperative. Entities refer to core records by id, never by relationship.
 */
public interface PersistenceContribution {

    /** Fully qualified names of the module's {@code @Entity}, {@code @Embeddable} and converter classes. */
    List<String> entityClassNames();

    /** Folder of migration files in the module jar, for example {@code coop/essaim/invoicing/migration}. */
    String migrationFolder();
}
