package cn.whuh.portal.base.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Accept-Language header read the forgiving way: ranges that are not well formed are skipped, at most
 * {@value #MAX_RANGES} are kept (the first ones as sent; a browser lists its best first), then sorted by weight.
 * Never fails, whatever the header holds, so a browser with many languages or a garbled header gets the page.
 */
public record AcceptLanguages(List<Locale> locales, String header) {

    /** Tomcat refuses more than 10 locales with an exception; the portal speaks two, so 10 is plenty. */
    public static final int MAX_RANGES = 10;

    private static final Pattern RANGE = Pattern.compile(
            "([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\\*)\\s*(?:;\\s*q\\s*=\\s*(0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?))?");

    private record Range(String tag, double weight) {
    }

    public static AcceptLanguages parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header != null) {
            for (String part : header.split(",", MAX_RANGES * 20 + 1)) {
                Matcher range = RANGE.matcher(part.strip());
                if (ranges.size() < MAX_RANGES && range.matches()) {
                    double weight = range.group(2) == null ? 1.0 : Double.parseDouble(range.group(2));
                    if (weight > 0) {
                        ranges.add(new Range(range.group(1), weight));
                    }
                }
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::weight).reversed()); // stable: equal weights keep their order
        List<Locale> locales = ranges.stream().filter(r -> !r.tag().equals("*"))
                .map(r -> Locale.forLanguageTag(r.tag())).filter(l -> !l.getLanguage().isEmpty()).toList();
        String cleaned = String.join(",", ranges.stream()
                .map(r -> r.weight() == 1.0 ? r.tag() : r.tag() + ";q=" + r.weight()).toList());
        return new AcceptLanguages(locales, cleaned.isEmpty() ? null : cleaned);
    }
}
