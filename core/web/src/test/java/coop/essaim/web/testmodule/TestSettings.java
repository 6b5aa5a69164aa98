package coop.essaim.web.testmodule;

import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.util.List;

/** Two settings of the test module, labelled from its own bundle: a choice and a decimal. */
public final class TestSettings implements SettingsContribution {

    public static final String ROUNDING = "test.rounding";
    public static final String CEILING = "test.ceiling";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(ROUNDING, SettingType.CHOICE, "UP", "setting.rounding",
                        List.of("UP", "DOWN")),
                SettingDefinition.of(CEILING, SettingType.DECIMAL, "5000.00", "setting.ceiling"));
    }
}
