package coop.essaim.web.api;

import java.util.Random;

/**
 * Request bodies a careless or hostile client might send, from a seeded {@link Random} so every case replays:
 * JSON objects whose keys are the API's own field names with values of every wrong kind (huge, negative,
 * fractional or overflowing numbers, long and control-character strings, nested arrays and objects, nulls),
 * and broken documents (truncated, trailing garbage, single quotes, NaN, comments, a byte-order mark, ten
 * thousand levels of nesting, a body of several megabytes).
 */
final class HostileBodies {

    private static final String[] FIELDS = {"login", "password", "name", "firstName", "lastName", "email", "phone",
            "start", "date", "from", "to", "lines", "amount", "account", "side", "activityId", "memberIds", "journal",
            "label", "idempotencyKey", "status", "personId", "rate", "base", "monthlyFee", "scheme", "trade",
            "analyticCode", "brand", "establishmentId", "kind", "step", "reason", "referentUserId", "confirm",
            "legalName", "siret", "currency", "values", "settings", "pieceReference", "pieceDate", "postings",
            "weeklyHours", "grossMonthly", "contract", "month", "account", "code", "userId", "roles"};
    private static final String[] STRINGS = {"", " ", "null", "2026-02-30", "2026-13-01", "9999-12-31", "-1",
            "1e400", "DEBIT", "credit", "EUR", "XXX", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
            "\u0000", "\ud800", "\u202e", "é\u0301", "😀", "%s%n", "${jndi:ldap://x}", "a".repeat(5_000)};
    private static final String[] NUMBERS = {"0", "-0", "-1", "1.5", "1e400", "-1e400", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "0.0000001", "2147483648"};
    private static final String[] BROKEN = {"{", "[", "{\"name\":", "{\"name\" \"x\"}", "{'name':'x'}",
            "{\"a\":NaN}", "{\"a\":1}garbage", "/* c */{}", "\ufeff{}", "{\"a\":\"\\u12\"}", "[]", "\"text\"", "42",
            "null", "true", "{\"a\":1,\"a\":2}", "{,}", "{\"a\":[1,2,}", "\u0000"};

    private HostileBodies() {
    }

    static String next(Random r) {
        int kind = r.nextInt(20);
        if (kind < 13) {
            return object(r, 0);
        }
        if (kind < 17) {
            return BROKEN[r.nextInt(BROKEN.length)];
        }
        if (kind < 18) {
            String valid = object(r, 0);
            return valid.substring(0, r.nextInt(Math.max(1, valid.length())));
        }
        if (kind < 19) {
            return "[".repeat(10_000) + "]".repeat(r.nextInt(2) * 10_000);
        }
        return "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    }

    private static String object(Random r, int depth) {
        StringBuilder o = new StringBuilder("{");
        for (int i = r.nextInt(depth == 0 ? 8 : 4); i >= 0; i--) {
            String key = r.nextInt(10) == 0 ? "k" + r.nextInt(100) : FIELDS[r.nextInt(FIELDS.length)];
            o.append('"').append(key).append("\":").append(value(r, depth)).append(i > 0 ? "," : "");
        }
        return o.append('}').toString();
    }

    private static String value(Random r, int depth) {
        int kind = r.nextInt(depth < 3 ? 9 : 6);
        return switch (kind) {
            case 0, 1 -> quoted(STRINGS[r.nextInt(STRINGS.length)]);
            case 2, 3 -> NUMBERS[r.nextInt(NUMBERS.length)];
            case 4 -> r.nextBoolean() ? "true" : "null";
            case 5 -> quoted(randomText(r));
            case 6 -> object(r, depth + 1);
            default -> {
                StringBuilder a = new StringBuilder("[");
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.append(value(r, depth + 1)).append(i > 1 ? "," : "");
                }
                yield a.append(']').toString();
            }
        };
    }

    private static String randomText(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--) {
            s.append((char) (0x20 + r.nextInt(0x2000)));
        }
        return s.toString();
    }

    /** A JSON string literal of {@code s}, escaped as a client library would. */
    private static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
