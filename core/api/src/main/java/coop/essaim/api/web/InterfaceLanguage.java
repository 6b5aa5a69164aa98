package coop.essaim.api.web;

/**
 * Extension point: a language the interface may be shown in besides French and English, which the core always
 * offers. While the contributing module is started, the language switch of every page offers it, a browser that
 * prefers it gets it, and a user whose own language it is works in it. Pages then read their bundles'
 * {@code _<tag>} files ({@code CorePage_nl.properties}), falling back to the base file (English) for a bundle
 * that has none; the core and the standard plugins ship theirs, so a country plugin only names the language.
 *
 * <p>For a language written right to left, pages get {@code <html dir="rtl">} and the theme's stylesheet lays
 * them out from the right.
 */
public interface InterfaceLanguage {

    /** The language's ISO 639 code as in a language tag, lower case: {@code "nl"}, {@code "ar"}. */
    String tag();

    /** The language's own name, as the switch shows it: "Nederlands", "العربية". */
    String nativeName();

    /**
     * The locale pages format numbers, dates and month names in, as a language tag of this language: the tag
     * itself unless a region's usage is wanted. Arabic in Morocco is {@code "ar-MA"}: Latin digits and the
     * Moroccan month names, where plain {@code "ar"} writes Arabic-Indic digits.
     */
    default String localeTag() {
        return tag();
    }

    /** Whether the language is written right to left (Arabic, Hebrew): pages then get {@code dir="rtl"}. */
    default boolean rightToLeft() {
        return false;
    }
}
