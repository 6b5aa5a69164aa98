package coop.essaim.api.settings;

/** How a setting's text value is read and validated. */
public enum SettingType {
    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, CHOICE
}
