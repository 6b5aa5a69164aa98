package coop.essaim.web.internal;

import org.apache.wicket.Component;
import org.apache.wicket.resource.loader.IStringResourceLoader;

import java.util.List;
import java.util.Locale;

/**
 * The last of Wicket's text loaders: a text the pages have in no file of the language asked for is read in
 * English. The pages' bundles are {@code _fr} and {@code _en} files without a base file, and a contributed
 * language may cover only some pages (Arabic covers the entrepreneur's own): without this, any other page would
 * fail on its first text instead of showing it in English.
 */
public final class EnglishTextsFallback implements IStringResourceLoader {

    private final List<IStringResourceLoader> loaders;

    /** {@code loaders}: the application's loaders before this one, asked again in English. */
    public EnglishTextsFallback(List<IStringResourceLoader> loaders) {
        this.loaders = List.copyOf(loaders);
    }

    @Override
    public String loadStringResource(Class<?> clazz, String key, Locale locale, String style, String variation) {
        if (isEnglish(locale)) {
            return null;
        }
        for (IStringResourceLoader loader : loaders) {
            String text = loader.loadStringResource(clazz, key, Locale.ENGLISH, style, variation);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    @Override
    public String loadStringResource(Component component, String key, Locale locale, String style,
                                     String variation) {
        if (isEnglish(locale)) {
            return null;
        }
        for (IStringResourceLoader loader : loaders) {
            String text = loader.loadStringResource(component, key, Locale.ENGLISH, style, variation);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
