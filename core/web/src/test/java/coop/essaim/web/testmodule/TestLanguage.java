package coop.essaim.web.testmodule;

import coop.essaim.api.web.InterfaceLanguage;

/** The test module offers Arabic, written right to left, as the Moroccan plugin does. */
public class TestLanguage implements InterfaceLanguage {

    @Override
    public String tag() {
        return "ar";
    }

    @Override
    public String nativeName() {
        return "العربية";
    }

    @Override
    public boolean rightToLeft() {
        return true;
    }
}
