package cn.whuh.portal.study.ui;

import cn.whuh.portal.base.Cookies;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the study page's style sheets into the page itself for a browser that has not loaded them yet, so that
 * a first visit on a slow phone connection paints after one request instead of waiting for a second round trip
 * for the sheets (decision 0093). Once the page has loaded, the browser fetches the sheets into its cache
 * ({@code rel=prefetch}), and a cookie naming their versions tells the next visit to link them as usual.
 */
final class InlinedStyleSheets {

    static final String COOKIE = "portal_styles";

    /** The sheets' paths as the bootstrap page links them: relative, with at most a version parameter. */
    private static final Pattern LOCAL_SHEET = Pattern.compile("(?:\\./)?([\\w-]+(?:/[\\w.-]+)*\\.css)(?:\\?v-c=\\w+)?");

    /** The sheets are part of the build: read once, shared by every page. */
    private static final Map<String, Optional<String>> SHEETS = new ConcurrentHashMap<>();

    private InlinedStyleSheets() {
    }

    static void write(Document document, VaadinRequest request, VaadinResponse response) {
        List<Element> links = document.head().select("link[rel=stylesheet][href]").stream()
                .filter(link -> LOCAL_SHEET.matcher(link.attr("href")).matches())
                .toList();
        String version = Integer.toHexString(links.stream().map(link -> link.attr("href")).toList().hashCode());
        if (links.isEmpty() || version.equals(Cookies.value(request, COOKIE).orElse(null))) {
            return;
        }
        List<String> inlined = new ArrayList<>();
        for (Element link : links) {
            String href = link.attr("href");
            sheet(href).ifPresent(css -> {
                link.replaceWith(new Element("style").attr("data-href", href).appendChild(new DataNode(css)));
                inlined.add(href);
            });
        }
        if (inlined.isEmpty()) {
            return;
        }
        document.body().appendElement("script").appendChild(new DataNode(prefetchOnLoad(inlined)));
        Cookies.keep(response, COOKIE, version, Duration.ofDays(30));
    }

    private static String prefetchOnLoad(List<String> hrefs) {
        String list = hrefs.stream().map(href -> "'" + href + "'").collect(Collectors.joining(", "));
        return "addEventListener('load', () => { for (const href of [" + list + "]) {"
                + " const link = document.createElement('link'); link.rel = 'prefetch'; link.href = href;"
                + " document.head.append(link); } });";
    }

    private static Optional<String> sheet(String href) {
        var matcher = LOCAL_SHEET.matcher(href);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return SHEETS.computeIfAbsent(matcher.group(1), InlinedStyleSheets::read);
    }

    private static Optional<String> read(String path) {
        try (InputStream in = InlinedStyleSheets.class.getClassLoader().getResourceAsStream("META-INF/resources/" + path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
