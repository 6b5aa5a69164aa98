package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.invoicing.internal.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a bank's CSV export: a header naming a date column ({@code date}), a label ({@code libellé}, {@code label})
 * and either an amount ({@code montant}, {@code amount}, negative for debits) or debit and credit columns
 * ({@code débit}/{@code crédit}), or their Dutch names in a Belgian bank's export ({@code boekingsdatum},
 * {@code omschrijving} or {@code mededeling}, {@code bedrag}, {@code debet}/{@code credit}); comma or semicolon,
 * French or ISO dates, decimal comma or point, spaces as thousands separators. Every bad line is reported with its
 * number.
 */
final class CsvStatementReader {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CsvStatementReader() {
    }

    static List<StatementLine> read(byte[] content, Currency currency, Locale locale) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\ufeff", "");
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Map<String, Integer> columns = csv.getHeaderMap();
            Optional<String> date = column(columns, "date", "date operation", "date opération", "date de valeur")
                    .or(() -> dutch(columns, "boekingsdatum", "uitvoeringsdatum", "datum", "verrichtingsdatum",
                            "valutadatum"));
            Optional<String> label = column(columns, "libellé", "libelle", "label", "description")
                    .or(() -> dutch(columns, "omschrijving", "mededeling", "mededelingen", "details"));
            Optional<String> amount = column(columns, "montant", "amount").or(() -> dutch(columns, "bedrag"));
            Optional<String> debit = column(columns, "débit", "debit").or(() -> dutch(columns, "debet"));
            Optional<String> credit = column(columns, "crédit", "credit");
            if (date.isEmpty() || label.isEmpty() || (amount.isEmpty() && (debit.isEmpty() || credit.isEmpty()))) {
                throw new ValidationException("file", Messages.text(locale, "error.csvColumns"));
            }
            List<StatementLine> lines = new ArrayList<>();
            for (CSVRecord r : csv) {
                long line = r.getRecordNumber() + 1;
                try {
                    LocalDate day = day(r.get(date.get()));
                    Money value = amount.isPresent() ? money(r.get(amount.get()), currency)
                            : money(r.get(credit.get()), currency).minus(positive(money(r.get(debit.get()), currency)));
                    if (value.isZero()) {
                        continue;
                    }
                    lines.add(new StatementLine(day, value, Camt053Reader.cut(r.get(label.get()), 500), null, null));
                } catch (RuntimeException e) {
                    throw new ValidationException("file", Messages.text(locale, "error.csvLine", line));
                }
            }
            return lines;
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException("file", Messages.text(locale, "error.csvColumns"));
        }
    }

    private static Optional<String> column(Map<String, Integer> columns, String... names) {
        for (String key : columns.keySet()) {
            String k = key.strip().toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (k.equals(n)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first of the Dutch names the header has, in the order given (a Belgian export names its booking, value
     * and execution dates): looked for only when no French or English name is there, so their files read as before.
     */
    private static Optional<String> dutch(Map<String, Integer> columns, String... names) {
        for (String n : names) {
            Optional<String> found = column(columns, n);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static LocalDate day(String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(t, FRENCH);
        }
    }

    /** Banks write debits with or without their minus sign in a debit column. */
    private static Money positive(Money m) {
        return m.isNegative() ? m.negate() : m;
    }

    private static Money money(String text, Currency currency) {
        String t = text == null ? "" : text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
                .replace(',', '.');
        return t.isEmpty() ? Money.zero(currency) : Money.parse(t, currency);
    }
}
