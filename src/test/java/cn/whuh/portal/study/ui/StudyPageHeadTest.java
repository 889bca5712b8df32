package cn.whuh.portal.study.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a chat app's link preview sees: the HTML the server sends, without running any script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudyPageHeadTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void englishLinkPreviewFromAcceptLanguage() throws Exception {
        Document page = page("/", "Accept-Language", "en-GB,en;q=0.8");
        assertThat(page.title()).isEqualTo("A study of CD19 CAR-T cell therapy for adults with active lupus (NCT06106906) | Wuhan Union Hospital");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(meta(page, "name", "description")).startsWith("Wuhan Union Hospital is looking for adults aged 18 to 70");
        assertThat(meta(page, "property", "og:title")).isEqualTo(page.title());
        assertThat(meta(page, "property", "og:description")).isEqualTo(meta(page, "name", "description"));
        assertThat(meta(page, "property", "og:locale")).isEqualTo("en_US");
        assertThat(meta(page, "property", "og:url")).endsWith("/?lang=en");
        assertThat(page.select("link[rel=alternate][hreflang=zh-CN]").attr("href")).endsWith("/?lang=zh");
    }

    @Test
    void chineseLinkPreviewFromLinkCookieOrBrowser() throws Exception {
        Document byLink = page("/studies/NCT06106906?lang=zh", "Accept-Language", "en");
        assertThat(byLink.title()).isEqualTo("CD19 CAR-T 细胞治疗成人活动性系统性红斑狼疮的临床研究（NCT06106906）| 武汉协和医院");
        assertThat(byLink.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(meta(byLink, "property", "og:locale")).isEqualTo("zh_CN");
        assertThat(meta(byLink, "property", "og:url")).endsWith("/studies/NCT06106906?lang=zh");
        assertThat(meta(byLink, "name", "description")).startsWith("武汉协和医院正在招募");

        assertThat(page("/", "Cookie", "portal_lang=zh").title()).startsWith("CD19 CAR-T 细胞治疗");
        assertThat(page("/", "Accept-Language", "fr;q=1, zh-CN;q=0.8").title()).startsWith("CD19 CAR-T 细胞治疗");
    }

    @Test
    void otherPagesGetNoStudyPreview() throws Exception {
        assertThat(page("/privacy", "Accept-Language", "en").select("meta[property=og:title]")).isEmpty();
        assertThat(page("/prescreen", "Accept-Language", "en").getElementById("first-screen")).isNull();
    }

    /** What a phone paints before Vaadin's script has run: the study page's first screen, in the visitor's language. */
    @Test
    void theFirstScreenComesWithTheHtml() throws Exception {
        Document page = page("/?lang=zh", "Accept-Language", "en");
        var first = page.getElementById("first-screen");
        assertThat(first).isNotNull();
        assertThat(first.select("h1").text()).isEqualTo("CD19 CAR-T 细胞治疗成人活动性系统性红斑狼疮的临床研究");
        assertThat(first.select(".study-summary").text()).startsWith("武汉协和医院正在招募");
        assertThat(first.select("a.cta").attr("href")).isEqualTo("/prescreen");
        assertThat(first.select("a.study-call").attr("href")).isEqualTo("tel:+862785726808");
        assertThat(first.select(".language-switch a[aria-current=true]").attr("lang")).isEqualTo("zh");
        assertThat(first.select(".language-switch a[lang=en]").attr("href")).isEqualTo("/?lang=en");
        assertThat(page.select("script:containsData(MutationObserver)").html()).contains("=> {").doesNotContain("&gt;");
        assertThat(page("/", "Accept-Language", "en").select("#first-screen h1").text()).startsWith("A study of CD19 CAR-T");
    }

    /**
     * A first visit gets the style sheets in the page, so it paints after one request; the browser fetches them
     * once the page has loaded, and a later visit, which says so with the cookie, gets links to its cached copies.
     */
    @Test
    void aFirstVisitGetsTheStyleSheetsInThePage() throws Exception {
        HttpResponse<String> first = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept-Language", "zh-CN").build());
        Document page = Jsoup.parse(first.body());
        assertThat(page.select("link[rel=stylesheet]")).isEmpty();
        assertThat(page.select("style[data-href]").eachAttr("data-href"))
                .anyMatch(href -> href.startsWith("./lumo/lumo.css"))
                .anyMatch(href -> href.startsWith("./styles/portal.css"))
                .contains("styles/study.css");
        assertThat(page.selectFirst("style[data-href=styles/study.css]").data()).contains(".study-hero");
        assertThat(page.selectFirst("style[data-href^=./lumo/]").data()).contains("--lumo-primary-color");
        assertThat(page.select("script:containsData(prefetch)").html()).contains("'styles/study.css'");
        String cookie = first.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(InlinedStyleSheets.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        Document later = page("/", "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertThat(later.select("style[data-href]")).isEmpty();
        assertThat(later.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactlyElementsOf(page.select("style[data-href]").eachAttr("data-href"));
        assertThat(later.getElementById("first-screen")).isNotNull();

        Document stale = page("/", "Cookie", InlinedStyleSheets.COOKIE + "=0");
        assertThat(stale.select("style[data-href]")).hasSameSizeAs(page.select("style[data-href]"));
        assertThat(page("/prescreen", "Accept-Language", "en").select("style[data-href]")).isEmpty();
    }

    /** Compressed for a client that accepts gzip, with the security headers still on (docs/performance.md#p1). */
    @Test
    void theStudyPageAndItsStyleSheetComeCompressed() throws Exception {
        for (String path : new String[] {"/", "/styles/study.css"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Encoding", "gzip").header("Accept-Language", "en").build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            String body = new String(new GZIPInputStream(
                    new ByteArrayInputStream(response.body())).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(body.length()).as(path).isGreaterThan(response.body().length);
            if (path.equals("/")) {
                assertThat(Jsoup.parse(body).getElementById("first-screen")).isNotNull();
            }
        }
    }

    private Document page(String path, String header, String value) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header(header, value).build();
        return Jsoup.parse(send(request).body());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=\"" + name + "\"]").attr("content");
    }
}
