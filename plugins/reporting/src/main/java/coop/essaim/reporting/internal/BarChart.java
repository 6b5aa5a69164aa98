package coop.essaim.reporting.internal;

import java.util.List;

/**
 * A bar chart as SVG drawn on the server, so it needs no script and prints as it shows: one bar per value, its
 * label under it and its figure above it. Accessible: the SVG has a title and a description, and the same numbers
 * are in the report's table.
 */
public final class BarChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 220;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;

    public record Bar(String label, long height, String figure) implements java.io.Serializable {
    }

    private BarChart() {
    }

    /**
     * {@code height} is the exact value in its smallest unit (cents, people), only compared to draw the bar: the figure shown is {@code figure},
     * formatted by the caller from the exact value.
     */
    public static String svg(String title, List<Bar> bars) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"report-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\"><title>").append(escape(title)).append("</title><desc>");
        for (int i = 0; i < bars.size(); i++) {
            s.append(i == 0 ? "" : "; ").append(escape(bars.get(i).label())).append(": ")
                    .append(escape(bars.get(i).figure()));
        }
        s.append("</desc>");
        long max = bars.stream().mapToLong(Bar::height).max().orElse(0);
        int n = Math.max(bars.size(), 1);
        int slot = WIDTH / n;
        int barWidth = Math.max(8, slot * 3 / 5);
        int plot = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int h = max <= 0 || b.height() <= 0 ? 0 : (int) (plot * b.height() / max);
            int x = i * slot + (slot - barWidth) / 2;
            int y = TOP + plot - h;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(barWidth)
                    .append("\" height=\"").append(h).append("\" fill=\"#2f6f9f\"/>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(y - 4)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(escape(b.figure())).append("</text>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(escape(shorten(b.label())))
                    .append("</text>");
        }
        s.append("<line x1=\"0\" y1=\"").append(TOP + plot).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(TOP + plot).append("\" stroke=\"#555\"/></svg>");
        return s.toString();
    }

    static String shorten(String label) {
        return label.length() > 22 ? label.substring(0, 21) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
