package cn.whuh.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The production bundle's hashed files are cached for a year, immutable; other files keep what they are given. */
class HashedResourceCachingTest {

    private MockHttpServletResponse serve(String path, boolean found) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new HashedResourceCaching().doFilter(new MockHttpServletRequest("GET", path), response, (req, res) -> {
            HttpServletResponse served = (HttpServletResponse) res;
            if (found) {
                served.setHeader("Cache-Control", "max-age=3600");
                served.addHeader("Content-Encoding", "br");
            } else {
                served.setStatus(404);
            }
        });
        return response;
    }

    @Test
    void hashedBundleFilesAreImmutableForAYear() throws Exception {
        for (String path : new String[] {"/VAADIN/build/indexhtml-QXbTLm33.js",
                "/VAADIN/build/chunk-7e3dc433ae4599f705db307c09bf7a8ba9e18853c089e7754783c59f030922e9-BlZNoHiB.js"}) {
            MockHttpServletResponse response = serve(path, true);
            assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("max-age=31536000, immutable");
            assertThat(response.getHeader("Content-Encoding")).isEqualTo("br");
        }
    }

    @Test
    void otherFilesAndMissingOnesAreLeftAlone() throws Exception {
        assertThat(serve("/VAADIN/build/indexhtml-QXbTLm33.js", false).getHeader("Cache-Control")).isNull();
        assertThat(serve("/styles/study.css", true).getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(serve("/VAADIN/build/sw.js", true).getHeader("Cache-Control")).isEqualTo("max-age=3600");
    }
}
