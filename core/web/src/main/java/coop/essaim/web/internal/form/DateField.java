package coop.essaim.web.internal.form;

import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.util.convert.ConversionException;
import org.apache.wicket.util.convert.IConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A date typed in an {@code <input type="date">}: browsers send it as ISO {@code yyyy-MM-dd} whatever the
 * user's language, so that is the only format converted, in both directions.
 */
public class DateField extends TextField<LocalDate> {

    private static final long serialVersionUID = 1L;

    public DateField(String id) {
        super(id, LocalDate.class);
    }

    public DateField(String id, IModel<LocalDate> model) {
        super(id, model, LocalDate.class);
    }

    @Override
    protected String[] getInputTypes() {
        return new String[] {"date"};
    }

    @Override
    @SuppressWarnings("unchecked")
    protected IConverter<?> createConverter(Class<?> type) {
        return new IsoDate();
    }

    private static final class IsoDate implements IConverter<LocalDate> {

        private static final long serialVersionUID = 1L;

        @Override
        public LocalDate convertToObject(String value, Locale locale) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new ConversionException(e).setResourceKey("form.date.invalid");
            }
        }

        @Override
        public String convertToString(LocalDate value, Locale locale) {
            return value == null ? null : value.toString();
        }
    }
}
