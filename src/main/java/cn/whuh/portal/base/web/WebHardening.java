package cn.whuh.portal.base.web;

import cn.whuh.portal.base.api.ProblemDetails;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The portal's HTTP hardening that knows no feature (docs/security.md). Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to the {@code HttpSecurity} it hands the feature that builds the filter
 * chain ({@code staff.SecurityConfig}), before that feature's own rules, so these come first.
 */
@Configuration(proxyBeanMethods = false)
public class WebHardening {

    /** Accept-Language read without failing, on every request and every error dispatch. */
    @Bean
    static FilterRegistrationBean<AcceptLanguageFilter> acceptLanguageFilter() {
        FilterRegistrationBean<AcceptLanguageFilter> registration = new FilterRegistrationBean<>(new AcceptLanguageFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC, DispatcherType.INCLUDE);
        return registration;
    }

    /** The security headers, on every response and every error dispatch. */
    @Bean
    static FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Changing requests from a browser only from the portal's own pages (login CSRF). */
    /** A year, immutable, for the production bundle's hashed files (docs/performance.md#p1). */
    @Bean
    static FilterRegistrationBean<HashedResourceCaching> hashedResourceCaching() {
        FilterRegistrationBean<HashedResourceCaching> registration = new FilterRegistrationBean<>(
                new HashedResourceCaching());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/VAADIN/build/*");
        return registration;
    }

    @Bean
    static FilterRegistrationBean<SameOriginForms> sameOriginForms(@Value("${portal.base-url}") String baseUrl) {
        FilterRegistrationBean<SameOriginForms> registration = new FilterRegistrationBean<>(new SameOriginForms(baseUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /**
     * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only from the proxies of
     * {@code portal.trusted-proxies} (none by default), not from any private or loopback address as Tomcat's
     * default would have it: replaces the internal proxies of the {@code RemoteIpValve} Spring Boot sets up.
     */
    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
            @Value("${portal.trusted-proxies:}") String proxies) {
        String regex = TrustedProxies.regex(proxies);
        return factory -> factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast).forEach(valve -> {
                    valve.setInternalProxies(regex);
                    valve.setTrustedProxies(null);
                });
    }

    /**
     * Tomcat's own error answers (requests refused before they reach the portal) as problem details for the API and
     * without server version for the rest: replaces the plain valve Spring Boot puts on the host.
     */
    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(
            ObjectProvider<ProblemDetails> problems) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    StandardHost host = (StandardHost) context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemReportValve(problems::getIfAvailable));
                });
            }
        };
    }

    /**
     * The error dispatch is open to everyone: an error answers with its own status and body (problem details for
     * the API, the error page otherwise), never with a redirect to the sign-in page.
     */
    @Bean
    Customizer<HttpSecurity> errorsAnswerThemselves() {
        return http -> http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").permitAll());
    }
}
