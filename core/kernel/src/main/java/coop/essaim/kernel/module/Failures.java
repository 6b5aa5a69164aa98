package coop.essaim.kernel.module;

import coop.essaim.kernel.migration.MigrationException;
import coop.essaim.kernel.persistence.PersistenceUnitException;

/** Turns an exception into the one line the "Modules" page shows. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable t) {
        if (t instanceof ModuleStartException || t instanceof MigrationException
                || t instanceof PersistenceUnitException) {
            return t.getMessage();   // written for the administrator, with file and statement
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getName() : m;
    }
}
