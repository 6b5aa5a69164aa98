package coop.essaim.countryma.internal;

import coop.essaim.api.web.InterfaceLanguage;

/**
 * Arabic, Morocco's official language beside Tamazight, right to left: offered by the language switch while this
 * plugin is installed. The entrepreneur's own pages (dashboard, activity, invoicing, payslips, workshops,
 * advances) have Arabic texts; the other pages fall back to English.
 */
public final class ArabicLanguage implements InterfaceLanguage {

    @Override
    public String tag() {
        return "ar";
    }

    @Override
    public String nativeName() {
        return "العربية";
    }

    /** Latin digits and the Moroccan month names ("نونبر"), as Moroccan administration writes them. */
    @Override
    public String localeTag() {
        return "ar-MA";
    }

    @Override
    public boolean rightToLeft() {
        return true;
    }
}
