package coop.essaim.api.module;

/**
 * The version expressions of {@code Plugin-Requires} and {@code Plugin-Dependencies}, as PF4J writes them:
 * {@code *}, {@code 1.2.0} (exactly), {@code >=1.2.0}, {@code >1.2.0}, {@code <2.0.0}, {@code <=2.0.0}, and
 * conjunctions such as {@code >=0.1.0 & <1.0.0}. Versions compare numerically by major, minor, patch;
 * a qualifier such as {@code -SNAPSHOT} is ignored.
 */
public final class VersionRange {

    private VersionRange() {
    }

    public static boolean satisfies(String version, String range) {
        if (range == null || range.isBlank() || range.trim().equals("*")) {
            return true;
        }
        for (String clause : range.split("&")) {
            if (!clauseHolds(version, clause.trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean clauseHolds(String version, String clause) {
        String op;
        if (clause.startsWith(">=") || clause.startsWith("<=")) {
            op = clause.substring(0, 2);
        } else if (clause.startsWith(">") || clause.startsWith("<") || clause.startsWith("=")) {
            op = clause.substring(0, 1);
        } else {
            op = "=";
            clause = "=" + clause;
        }
        int c = compare(version, clause.substring(op.length()).trim());
        return switch (op) {
            case ">=" -> c >= 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case "<" -> c < 0;
            default -> c == 0;
        };
    }

    /** Numeric comparison of dotted versions; throws {@link IllegalArgumentException} on a malformed one. */
    public static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        for (int i = 0; i < 3; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    private static int[] parse(String v) {
        String core = v.trim();
        int dash = core.indexOf('-');
        if (dash >= 0) {
            core = core.substring(0, dash);
        }
        String[] parts = core.split("\\.");
        if (parts.length == 0 || parts.length > 4) {
            throw new IllegalArgumentException("version '" + v + "': expected major.minor.patch");
        }
        int[] out = new int[3];
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("version '" + v + "': '" + parts[i] + "' is not a number");
            }
        }
        return out;
    }
}
