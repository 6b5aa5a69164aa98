package coop.essaim.api.settings;

import java.util.List;

/**
 * Extension point: the settings a module offers per cooperative (for example the contribution rate of a
 * cooperative, or its invoice number prefix). The core stores the values per cooperative, validates them
 * against their type, keeps a dated history and shows them on the cooperative's settings page.
 */
public interface SettingsContribution {

    List<SettingDefinition> settings();
}
