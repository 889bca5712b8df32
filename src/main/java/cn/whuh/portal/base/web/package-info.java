/**
 * The HTTP edge every request passes, whatever feature answers it: Accept-Language read without failing, the
 * error dispatch open to everyone, security headers, forwarded addresses from configured proxies only. Security
 * customizations arrive as {@code Customizer<HttpSecurity>} beans (see {@link cn.whuh.portal.base.web.WebHardening}),
 * so the feature that builds the filter chain needs no change for them.
 */
package cn.whuh.portal.base.web;
