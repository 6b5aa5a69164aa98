package coop.essaim.web.internal.activities;

import coop.essaim.api.ledger.ActivityAccounts.TreasuryPoint;
import org.apache.wicket.util.string.Strings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The treasury as an SVG step line, drawn on the server: no script (the pages' CSP allows none) and no style
 * attribute (the theme's classes colour it). The position holds from one movement to the next, so the line
 * moves in steps; the zero line shows when the activity's cash went negative. Only numbers and formatted
 * dates reach the markup, and those are escaped too.
 */
final class TreasuryChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    private static final int PAD_LEFT = 8;
    private static final int PAD_RIGHT = 8;
    private static final int PAD_TOP = 16;
    private static final int PAD_BOTTOM = 24;

    private TreasuryChart() {
    }

    /** {@code points} oldest first (at least one); {@code end} the last day drawn; texts already translated. */
    static String svg(List<TreasuryPoint> points, LocalDate end, String title, Function<Long, String> money,
                      Function<LocalDate, String> date) {
        LocalDate start = points.get(0).date();
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        long min = Math.min(0, points.stream().mapToLong(p -> p.position().minorUnits()).min().orElse(0));
        long max = Math.max(0, points.stream().mapToLong(p -> p.position().minorUnits()).max().orElse(0));
        long span = Math.max(1, max - min);
        StringBuilder path = new StringBuilder();
        double lastY = 0;
        for (int i = 0; i < points.size(); i++) {
            double x = x(ChronoUnit.DAYS.between(start, points.get(i).date()), days);
            double y = y(points.get(i).position().minorUnits(), min, span);
            path.append(i == 0 ? "M" : " H").append(num(x));
            path.append(i == 0 ? " " + num(y) : " V" + num(y));
            lastY = y;
        }
        path.append(" H").append(num(x(days, days)));
        double zero = y(0, min, span);
        String t = Strings.escapeMarkup(title).toString();
        return "<svg class=\"treasury-chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"" + t + "\"><title>" + t + "</title>"
                + "<line class=\"zero\" x1=\"" + PAD_LEFT + "\" x2=\"" + (WIDTH - PAD_RIGHT) + "\" y1=\"" + num(zero)
                + "\" y2=\"" + num(zero) + "\"/>"
                + "<path class=\"position\" d=\"" + path + "\"/>"
                + text("max", PAD_LEFT, PAD_TOP - 4, money.apply(max), "start")
                + text("min", PAD_LEFT, HEIGHT - PAD_BOTTOM + 14, money.apply(min), "start")
                + text("from", PAD_LEFT, HEIGHT - 4, date.apply(start), "start")
                + text("to", WIDTH - PAD_RIGHT, HEIGHT - 4, date.apply(end), "end")
                + text("last", WIDTH - PAD_RIGHT, Math.max(PAD_TOP - 4, lastY - 6),
                money.apply(points.get(points.size() - 1).position().minorUnits()), "end")
                + "</svg>";
    }

    private static double x(long day, long days) {
        return PAD_LEFT + (WIDTH - PAD_LEFT - PAD_RIGHT) * (double) day / days;
    }

    private static double y(long value, long min, long span) {
        return PAD_TOP + (HEIGHT - PAD_TOP - PAD_BOTTOM) * (1 - (double) (value - min) / span);
    }

    private static String text(String cls, double x, double y, String content, String anchor) {
        return "<text class=\"" + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">"
                + Strings.escapeMarkup(content) + "</text>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
