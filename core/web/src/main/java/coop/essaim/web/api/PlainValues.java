package coop.essaim.web.api;

import coop.essaim.api.money.Money;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's answer as plain JSON values (maps, lists, strings, whole numbers, booleans, null), converted here
 * rather than by Jackson's reflection: the conventions (money, decimals as strings, ISO dates) are the API's,
 * and Jackson would keep the module's classes in its caches after the module stopped.
 */
final class PlainValues {

    private static final int MAX_DEPTH = 64;

    private PlainValues() {
    }

    /** @throws IllegalArgumentException for a value the API does not write (a double, a plain object...) */
    static Object of(Object value) {
        return of(value, 0);
    }

    private static Object of(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("an API answer nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Money money) {
            return MoneyJson.write(money);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Character || value instanceof TemporalAccessor || value instanceof TemporalAmount) {
            return value.toString();
        }
        if (value instanceof Optional<?> optional) {
            return of(optional.orElse(null), depth + 1);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(key(k), of(v, depth + 1)));
            return out;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            items.forEach(item -> out.add(of(item, depth + 1)));
            return out;
        }
        if (value instanceof Object[] items) {
            return of(Arrays.asList(items), depth);
        }
        if (value instanceof Record record) {
            return record(record, depth);
        }
        throw new IllegalArgumentException("an API answer cannot hold a " + value.getClass().getName()
                + ": use records, maps, lists, strings, whole numbers, BigDecimal, booleans, dates or Money");
    }

    private static Map<String, Object> record(Record record, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            try {
                if (!accessor.canAccess(record)) {
                    accessor.setAccessible(true); // a record nested in a module's private class
                }
                out.put(component.getName(), of(accessor.invoke(record), depth + 1));
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("cannot read " + component + " of " + record.getClass().getName(), e);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException(component + " of " + record.getClass().getName(), e.getCause());
            }
        }
        return out;
    }

    private static String key(Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Enum<?> constant) {
            return constant.name();
        }
        if (key instanceof Long || key instanceof Integer) {
            return key.toString();
        }
        throw new IllegalArgumentException("an API answer's map keys are strings, not "
                + (key == null ? "null" : key.getClass().getName()));
    }
}
