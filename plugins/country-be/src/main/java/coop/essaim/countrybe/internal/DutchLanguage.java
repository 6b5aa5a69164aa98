package coop.essaim.countrybe.internal;

import coop.essaim.api.web.InterfaceLanguage;

/**
 * Dutch, Belgium's other language of business (and the only one in Flanders): offered by the language switch
 * of every page while this plugin is installed. The core and the standard plugins ship their Dutch texts.
 */
public final class DutchLanguage implements InterfaceLanguage {

    @Override
    public String tag() {
        return "nl";
    }

    @Override
    public String nativeName() {
        return "Nederlands";
    }
}
