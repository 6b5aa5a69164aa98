package coop.essaim.countryfr.internal.contract;

import coop.essaim.api.problem.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A contract text resource with {{named}} placeholders, French by default and English for English readers. */
public final class ContractTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z.]+)}}");

    private final String text;

    private ContractTemplate(String text) {
        this.text = text;
    }

    public static ContractTemplate load(String name, Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "fr";
        String resource = name + "_" + language + ".txt";
        try (InputStream in = ContractTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no contract template " + resource);
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContractTemplate of(String text) {
        return new ContractTemplate(text);
    }

    /** The text with every placeholder replaced; a placeholder without a value is refused, named, never blanked. */
    public String fill(Map<String, String> values, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isBlank()) {
                throw new ValidationException(m.group(1),
                        ContractText.message(locale, "contract.error.placeholder", m.group(1)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
