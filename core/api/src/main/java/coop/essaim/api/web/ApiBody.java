package coop.essaim.api.web;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A JSON object of the request body (the body itself, or an object nested in it), read field by field inside
 * {@link ApiCall#body}. An absent or null field reads as null; a required one that is absent is recorded as
 * missing. A mistyped value is recorded and reads as null. Problems are named by the field's path from the
 * body ({@code address.city}, {@code lines[2].quantity}), in the caller's language, and the core answers 400
 * listing them all. Every field the object holds must be read, or it is refused as unknown: read all the fields
 * you accept, even those you then ignore. What the values mean (a date in the future, an unknown VAT code) is
 * for the services to check (422).
 */
public interface ApiBody {

    String string(String field);

    /** A string that must be there and not blank. */
    String requiredString(String field);

    /** A record's id: a positive whole JSON number. */
    Long id(String field);

    Long requiredId(String field);

    /** A whole JSON number ({@code 30}). */
    Integer integer(String field);

    Boolean bool(String field);

    /** A decimal as a JSON string ({@code "1.5"}, {@code "-3"}): a JSON number is refused, as for money. */
    BigDecimal decimal(String field);

    BigDecimal requiredDecimal(String field);

    /**
     * Money: {@code {"amount": "1200.00", "currency": "EUR"}}, the amount a decimal string with at most the
     * currency's digits. A JSON number, an unknown currency or another field in the object is refused.
     */
    Money money(String field);

    Money requiredMoney(String field);

    /** An ISO-8601 date string, {@code 2026-03-31}. */
    LocalDate date(String field);

    LocalDate requiredDate(String field);

    /** One of the constants of {@code type}, by name in any case ({@code "service"} for {@code SERVICE}). */
    <E extends Enum<E>> E constant(String field, Class<E> type);

    <E extends Enum<E>> E requiredConstant(String field, Class<E> type);

    /** A nested object, or null when absent; its problems are named {@code field.name}. */
    ApiBody object(String field);

    /** The objects of an array (empty when absent); their problems are named {@code field[i].name}. */
    List<ApiBody> objects(String field);

    /** Records a problem of the module's own on a field of this object; {@code message} is in the caller's language. */
    void reject(String field, String message);
}
