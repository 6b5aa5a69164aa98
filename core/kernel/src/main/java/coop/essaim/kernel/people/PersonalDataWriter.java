package coop.essaim.kernel.people;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import coop.essaim.api.people.PersonalData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PersonalDataCollector} tree. JSON keeps the tree; CSV gives one row per value (section,
 * item number counting from 1 in a list, 0 for a single record, field, value), which a spreadsheet opens as it
 * is. Dates and instants are ISO-8601 text in both.
 */
final class PersonalDataWriter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private PersonalDataWriter() {
    }

    static void write(Map<String, Object> tree, PersonalData.Format format, Writer out) {
        try {
            if (format == PersonalData.Format.JSON) {
                JSON.writeValue(out, textDates(tree));
            } else {
                csv(tree, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the personal data export failed", e);
        }
    }

    private static void csv(Map<String, Object> tree, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("section", "item", "field", "value").get());
        for (Map.Entry<String, Object> section : tree.entrySet()) {
            if (section.getValue() instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    rows(csv, section.getKey(), i + 1, (Map<?, ?>) items.get(i));
                }
            } else {
                rows(csv, section.getKey(), 0, (Map<?, ?>) section.getValue());
            }
        }
        csv.flush();
    }

    private static void rows(CSVPrinter csv, String section, int item, Map<?, ?> values) throws IOException {
        for (Map.Entry<?, ?> v : values.entrySet()) {
            csv.printRecord(section, item, v.getKey(), v.getValue() == null ? "" : text(v.getValue()));
        }
    }

    /** Jackson without the java.time module: dates become their ISO text first. */
    private static Object textDates(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, textDates(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(PersonalDataWriter::textDates).toList();
        }
        return node instanceof TemporalAccessor ? text(node) : node;
    }

    private static String text(Object value) {
        return value.toString();
    }
}
