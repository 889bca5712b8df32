package cn.whuh.portal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * Where a visitor came from when they first landed: the {@code utm_*} parameters of that first page and
 * the referring page (scheme, host and path only: a query string may carry someone's data). Kept in the
 * HTTP session and stored with a lead (part of {@link Lead}); only {@link #label()} reaches the funnel counts.
 */
@Embeddable
public record VisitorSource(
        @Column(name = "utm_source", updatable = false, length = MAX_UTM) String utmSource,
        @Column(name = "utm_medium", updatable = false, length = MAX_UTM) String utmMedium,
        @Column(name = "utm_campaign", updatable = false, length = MAX_UTM) String utmCampaign,
        @Column(name = "utm_term", updatable = false, length = MAX_UTM) String utmTerm,
        @Column(name = "utm_content", updatable = false, length = MAX_UTM) String utmContent,
        @Column(name = "referrer", updatable = false, length = MAX_REFERRER) String referrer) implements Serializable {

    public static final VisitorSource NONE = new VisitorSource(null, null, null, null, null, null);
    /** utm_source and utm_medium of a lead sent through the JSON API whose client named none. */
    public static final String API = "api";
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

    /**
     * The {@code utm_*} parameters of a request and a referrer.
     *
     * @param parameter a request's parameter by name, e.g. {@code request::getParameter}
     */
    public static VisitorSource of(UnaryOperator<String> parameter, String referrer) {
        return new VisitorSource(parameter.apply("utm_source"), parameter.apply("utm_medium"),
                parameter.apply("utm_campaign"), parameter.apply("utm_term"), parameter.apply("utm_content"), referrer);
    }

    /**
     * The source of a lead sent through the JSON API: the {@code utm_*} parameters of the request, with
     * utm_source and utm_medium {@value #API} where the client sent none, so a partner app can label its leads
     * and staff can tell API leads from direct visits.
     */
    public static VisitorSource ofApi(UnaryOperator<String> parameter) {
        VisitorSource sent = of(parameter, null);
        return new VisitorSource(sent.utmSource == null ? API : sent.utmSource,
                sent.utmMedium == null ? API : sent.utmMedium, sent.utmCampaign, sent.utmTerm, sent.utmContent, null);
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
