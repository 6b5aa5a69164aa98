package coop.essaim.api.web;

import java.time.LocalDate;

/**
 * The query string of an {@link ApiCall}, read parameter by parameter inside {@link ApiCall#query}. A blank
 * value reads as absent (null). A bad value is recorded under the parameter's name, in the caller's language,
 * and the reader returns null (or the default); the core then answers 400 listing every bad parameter.
 */
public interface ApiQuery {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 500;

    String string(String name);

    /** A record's id: a positive whole number. */
    Long id(String name);

    Long requiredId(String name);

    /** An ISO-8601 date, {@code 2026-03-31}. */
    LocalDate date(String name);

    LocalDate requiredDate(String name);

    /** One of the constants of {@code type}, in any case, with dashes for underscores ({@code credit-note}). */
    <E extends Enum<E>> E constant(String name, Class<E> type);

    /** {@code true} or {@code false}; false when absent. */
    boolean flag(String name);

    /** {@code offset}: 0 or more, 0 when absent. */
    int offset();

    /** {@code limit}: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    int limit();

    /** Records a problem of the module's own on a parameter; {@code message} is in the caller's language. */
    void reject(String name, String message);
}
