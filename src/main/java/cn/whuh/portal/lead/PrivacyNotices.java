package cn.whuh.portal.lead;

import cn.whuh.portal.base.config.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The privacy notices of all studies, loaded and checked at start-up: a broken file stops the portal. */
@Component
public class PrivacyNotices {

    private static final String PATTERN = "classpath*:studies/*/privacy-notice.yaml";
    private static final Pattern STUDY = Pattern.compile("studies/([^/]+)/privacy-notice\\.yaml$");

    private final Map<String, PrivacyNotice> byStudy = new TreeMap<>();

    public PrivacyNotices() throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
            Matcher matcher = STUDY.matcher(resource.getURL().toString());
            if (!matcher.find()) {
                continue;
            }
            PrivacyNotice notice;
            try (InputStream in = resource.getInputStream()) {
                notice = DataFiles.YAML.readValue(in, PrivacyNotice.class);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot read privacy notice " + resource + ": " + e.getMessage(), e);
            }
            List<String> problems = notice.problems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Broken privacy notice " + resource + ": " + problems);
            }
            byStudy.put(matcher.group(1), notice);
        }
    }

    /** @throws NoSuchElementException if the study has no privacy notice */
    public PrivacyNotice forStudy(String nctId) {
        PrivacyNotice notice = byStudy.get(nctId);
        if (notice == null) {
            throw new NoSuchElementException("No privacy notice for study " + nctId);
        }
        return notice;
    }

    /** Every study's notice, by NCT number. */
    public Map<String, PrivacyNotice> all() {
        return java.util.Collections.unmodifiableMap(byStudy);
    }
}
