package cn.whuh.portal.base.ui;

/**
 * What the portal's frame ({@link MainLayout}) shows of the study it recruits for: its registry number in the
 * header and the site's phone in the footer. The study feature provides it from its data file, so the frame
 * knows no study.
 */
public interface SiteIdentity {

    /** The registry number shown beside the portal's name, e.g. {@code NCT06106906}. */
    String registryId();

    /** The site's phone as people dial it. */
    String phoneDisplay();

    /** The site's phone as a {@code tel:} link (E.164). */
    String phoneTelUri();
}
