package cn.whuh.portal.lead;

import java.io.Serializable;
import java.net.URI;

/**
 * Where a visitor came from when they first landed: the {@code utm_*} parameters of that first page and
 * the referring page (scheme, host and path only: a query string may carry someone's data). Kept in the
 * HTTP session and stored with a lead; only {@link #label()} reaches the funnel counts.
 */
public record VisitorSource(String utmSource, String utmMedium, String utmCampaign, String utmTerm,
        String utmContent, String referrer) implements Serializable {

    public static final VisitorSource NONE = new VisitorSource(null, null, null, null, null, null);
    static final int MAX_UTM = 100;
    static final int MAX_REFERRER = 500;

    /** Bounds every value and strips the referrer to scheme, host and path. */
    public VisitorSource {
        utmSource = clip(utmSource, MAX_UTM);
        utmMedium = clip(utmMedium, MAX_UTM);
        utmCampaign = clip(utmCampaign, MAX_UTM);
        utmTerm = clip(utmTerm, MAX_UTM);
        utmContent = clip(utmContent, MAX_UTM);
        referrer = clip(withoutQuery(referrer), MAX_REFERRER);
    }

    /** The funnel's "by source": the utm_source, else the referring host, else "direct". */
    public String label() {
        if (utmSource != null) {
            return utmSource;
        }
        if (referrer != null) {
            String host = URI.create(referrer).getHost();
            return host == null ? "direct" : clip(host, MAX_UTM);
        }
        return "direct";
    }

    private static String withoutQuery(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return new URI(uri.getScheme(), uri.getHost(), uri.getPath(), null).toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
