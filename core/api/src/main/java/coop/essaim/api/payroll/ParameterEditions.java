package coop.essaim.api.payroll;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A country's payroll parameters as dated editions, the way the country plugins ship them: in a resource
 * folder, {@code editions.list} names the valid-from dates, oldest first, and each {@code <date>.properties}
 * holds what changed on that date, so an edition is the one before it overlaid with its own file. A month uses
 * the latest edition valid on its first day. {@code P} is the country's own view of one edition's values.
 * Immutable once built: the rules share it between threads.
 */
public final class ParameterEditions<P> {

    private final String country;
    private final List<P> editions;
    private final List<LocalDate> validFrom;

    private ParameterEditions(String country, List<P> editions, Function<P, LocalDate> validFrom) {
        if (editions.isEmpty()) {
            throw new IllegalStateException(country + ": no payroll parameters edition");
        }
        this.country = country;
        this.editions = List.copyOf(editions);
        this.validFrom = editions.stream().map(validFrom).toList();
        for (int i = 1; i < this.validFrom.size(); i++) {
            if (!this.validFrom.get(i).isAfter(this.validFrom.get(i - 1))) {
                throw new IllegalStateException(country + " payroll editions out of order: " + this.validFrom.get(i)
                        + " after " + this.validFrom.get(i - 1));
            }
        }
    }

    /** Editions made in code, oldest first (tests); {@code validFrom} reads an edition's first day. */
    public static <P> ParameterEditions<P> of(String country, List<P> editions, Function<P, LocalDate> validFrom) {
        return new ParameterEditions<>(country, editions, validFrom);
    }

    /**
     * The editions in {@code folder} (such as {@code coop/essaim/countryfr/payroll/}) of the plugin's
     * {@code loader}; {@code edition} makes the country's view from an edition's first day and all its values.
     * A missing or malformed file is an {@link IllegalStateException} naming it: the plugin is broken.
     */
    public static <P> ParameterEditions<P> load(ClassLoader loader, String folder, String country,
                                                BiFunction<LocalDate, Map<String, String>, P> edition,
                                                Function<P, LocalDate> validFrom) {
        List<P> editions = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (String line : read(loader, folder + "editions.list").lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            LocalDate from;
            try {
                from = LocalDate.parse(line);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(folder + "editions.list: '" + line + "' is not a date (yyyy-MM-dd)",
                        e);
            }
            Properties changes = new Properties();
            try {
                changes.load(new StringReader(read(loader, folder + from + ".properties")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            changes.stringPropertyNames().forEach(key -> values.put(key, changes.getProperty(key)));
            editions.add(edition.apply(from, Map.copyOf(values)));
        }
        return new ParameterEditions<>(country, editions, validFrom);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(validFrom.get(0));
    }

    public P latest() {
        return editions.get(editions.size() - 1);
    }

    /** The edition in force on the first day of {@code month}. */
    public P forMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        P found = null;
        for (int i = 0; i < editions.size(); i++) {
            if (!validFrom.get(i).isAfter(first)) {
                found = editions.get(i);
            }
        }
        if (found == null) {
            throw new MissingPayrollParametersException(country, month, firstMonth().toString());
        }
        return found;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing payroll resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
