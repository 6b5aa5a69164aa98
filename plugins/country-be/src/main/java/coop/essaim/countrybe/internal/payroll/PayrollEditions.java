package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.payroll.MissingPayrollParametersException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

/**
 * The dated editions of the Belgian payroll parameters, read once from {@code coop/essaim/countrybe/payroll/}:
 * {@code editions.list} names the valid-from dates, oldest first, and each {@code <date>.properties} holds what
 * changed on that date, so an edition is the one before it overlaid with its own file. A month uses the latest
 * edition valid on its first day. Immutable once built, so the rules share it between threads.
 */
final class PayrollEditions {

    private static final Logger LOG = LoggerFactory.getLogger(PayrollEditions.class);
    private static final String FOLDER = "coop/essaim/countrybe/payroll/";

    private final List<PayrollParameters> editions;

    PayrollEditions(List<PayrollParameters> editions) {
        if (editions.isEmpty()) {
            throw new IllegalStateException("no Belgian payroll parameters edition");
        }
        for (int i = 1; i < editions.size(); i++) {
            if (!editions.get(i).validFrom().isAfter(editions.get(i - 1).validFrom())) {
                throw new IllegalStateException("Belgian payroll editions out of order: " + editions.get(i).validFrom()
                        + " after " + editions.get(i - 1).validFrom());
            }
        }
        this.editions = List.copyOf(editions);
    }

    /** The editions this plugin ships. */
    static PayrollEditions load() {
        ClassLoader loader = PayrollEditions.class.getClassLoader();
        List<PayrollParameters> editions = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (String line : read(loader, FOLDER + "editions.list").lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            LocalDate validFrom;
            try {
                validFrom = LocalDate.parse(line);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("editions.list: '" + line + "' is not a date (yyyy-MM-dd)", e);
            }
            Properties changes = new Properties();
            try (Reader reader = new StringReader(read(loader, FOLDER + validFrom + ".properties"))) {
                changes.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            changes.stringPropertyNames().forEach(key -> values.put(key, changes.getProperty(key)));
            editions.add(new PayrollParameters(validFrom, values));
        }
        LOG.debug("Belgian payroll parameters: {} editions from {}", editions.size(), editions.get(0).validFrom());
        return new PayrollEditions(editions);
    }

    YearMonth firstMonth() {
        return YearMonth.from(editions.get(0).validFrom());
    }

    PayrollParameters latest() {
        return editions.get(editions.size() - 1);
    }

    /** The edition in force on the first day of {@code month}. */
    PayrollParameters forMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        PayrollParameters found = null;
        for (PayrollParameters edition : editions) {
            if (!edition.validFrom().isAfter(first)) {
                found = edition;
            }
        }
        if (found == null) {
            throw new MissingPayrollParametersException(BelgianPayrollRules.COUNTRY, month, firstMonth().toString());
        }
        return found;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing payroll resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder text = new StringBuilder();
                reader.lines().forEach(l -> text.append(l).append('\n'));
                return text.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
