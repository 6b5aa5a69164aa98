package coop.essaim.countryma.internal;

import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;

import java.util.List;

/**
 * The Moroccan identifiers an invoice carries that the core's {@code CooperativeIdentity} has no field for (it
 * holds the ICE as {@code registrationNumber} and the trade register as {@code registrationOffice}): the
 * identifiant fiscal (IF), the taxe professionnelle number (patente) and the CNSS affiliation number. The core
 * stores them per cooperative with their history and shows them on the cooperative's settings page.
 */
public final class MoroccanSettings implements SettingsContribution {

    /** Identifiant fiscal, given by the DGI (art. 145-III CGI: on every invoice). */
    public static final String FISCAL_ID = "country-ma.fiscal-id";
    /** Numéro d'article de la taxe professionnelle, the former patente (art. 145-III CGI: on every invoice). */
    public static final String PATENTE = "country-ma.patente";
    /** Numéro d'affiliation à la CNSS (printed when set). */
    public static final String CNSS = "country-ma.cnss";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(FISCAL_ID, SettingType.TEXT, null, "setting.fiscalId"),
                SettingDefinition.of(PATENTE, SettingType.TEXT, null, "setting.patente"),
                SettingDefinition.of(CNSS, SettingType.TEXT, null, "setting.cnss"));
    }
}
