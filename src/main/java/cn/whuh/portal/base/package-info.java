/**
 * The portal's foundations, which know no feature: configuration ({@code PortalProperties}, the site's clock
 * and time zone), the embedded MariaDB started when no database is configured, the two languages and the
 * translations, RFC 9457 problem details for the JSON API, the refusal type every feature's views show alike
 * ({@link cn.whuh.portal.base.Refusal}), the portal's own small cookies ({@link cn.whuh.portal.base.Cookies}), and the public frame ({@code MainLayout}), which learns the study's
 * registry number and phone from whichever feature provides {@code SiteIdentity}.
 */
package cn.whuh.portal.base;
