package coop.essaim.api.settings;

/**
 * How a setting's text value is read and validated. A {@link #SECRET} (a password) is checked as a
 * {@link #TEXT} but never read back through {@link CooperativeSettings}: only the core service that needs it
 * reads it, and neither the history nor the audit trail shows it.
 */
public enum SettingType {
    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, CHOICE, SECRET
}
