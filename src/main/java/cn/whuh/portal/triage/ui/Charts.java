package cn.whuh.portal.triage.ui;

import com.vaadin.flow.component.Html;
import java.util.Map;

/** Plain server-side SVG pictures for the dashboard (no chart library, no JavaScript). */
final class Charts {

    private static final int WIDTH = 400;
    private static final int ROW = 34;
    private static final int LABEL = 190;
    /** Longer labels (a campaign's utm_source, say) are cut, with the whole text as a tooltip. */
    private static final int MAX_LABEL = 24;

    private Charts() {
    }

    /** One horizontal bar per entry, scaled to the largest value, with the number at the end of the bar. */
    static Html bars(String title, Map<String, Long> values, String colour) {
        return bars(title, values, colour, Map.of());
    }

    /** As {@link #bars(String, Map, String)}, with a note after some numbers (a conversion rate, say). */
    static Html bars(String title, Map<String, Long> values, String colour, Map<String, String> notes) {
        int room = WIDTH - LABEL - (notes.isEmpty() ? 60 : 110);
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int height = Math.max(1, values.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='chart' "
                + "viewBox='0 0 " + WIDTH + " " + height + "' aria-label='" + xml(title) + "'>");
        int y = 4;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int width = (int) Math.round(room * (double) e.getValue() / max);
            String note = notes.get(e.getKey());
            String label = e.getKey().length() <= MAX_LABEL ? xml(e.getKey())
                    : "<title>" + xml(e.getKey()) + "</title>" + xml(e.getKey().substring(0, MAX_LABEL - 1)) + "…";
            svg.append("<text x='0' y='").append(y + 21).append("' font-size='14'>").append(label)
                    .append("</text><rect x='").append(LABEL).append("' y='").append(y + 5).append("' width='")
                    .append(Math.max(width, 1)).append("' height='22' rx='3' fill='").append(colour)
                    .append("'/><text x='").append(LABEL + width + 6).append("' y='").append(y + 21)
                    .append("' font-size='16' font-weight='600'>").append(e.getValue())
                    .append(note == null ? "" : "<tspan font-size='13' font-weight='400'> " + xml(note) + "</tspan>")
                    .append("</text>");
            y += ROW;
        }
        return html(svg.append("</svg>").toString());
    }

    /** A progress bar: value of target, e.g. enrolled against the planned enrolment. */
    static Html progress(String label, long value, long target) {
        int width = (int) Math.round((WIDTH - 2) * Math.min(1.0, (double) value / target));
        return html("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='chart' viewBox='0 0 " + WIDTH
                + " 40' aria-label='" + xml(label) + "'><rect x='1' y='6' width='" + (WIDTH - 2)
                + "' height='28' rx='6' fill='#e8eef3' stroke='#d5dee6'/><rect x='1' y='6' width='" + width
                + "' height='28' rx='6' fill='#0f7b6c'/><text x='" + (WIDTH / 2) + "' y='26' font-size='17' "
                + "font-weight='700' text-anchor='middle'>" + value + " / " + target + "</text></svg>");
    }

    /**
     * The picture inside a plain div: Vaadin's {@link Html} would make the svg itself the root element and
     * lose the case of {@code viewBox} (the picture would not scale); as the div's inner HTML the browser's
     * parser restores it.
     */
    private static Html html(String svg) {
        return new Html("<div class='chart-box'>" + svg + "</div>");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
