package coop.essaim.api.module;

/** Where a module stands in the installation, as shown on the administration page "Modules". */
public enum ModuleState {
    /** Loaded, migrated, its contributions are live. */
    STARTED,
    /** Requires a core version this installation does not have. */
    INCOMPATIBLE,
    /** A required module is absent or its version does not match; retried when modules come and go. */
    WAITING_FOR_DEPENDENCY,
    /** Could not be read or started (broken jar, failed migration, failing extension); the reason says why. */
    FAILED
}
