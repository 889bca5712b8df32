package cn.whuh.portal.staff;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.staff.ui.ForbiddenView;
import cn.whuh.portal.staff.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Public: the study page, the self-check, the public API, privacy, login and health. Everything under
 * {@code /staff} needs a staff role (views and service methods say which). Sign-in is a form on the Vaadin
 * login view, checked against {@code staff_user} with Argon2id hashes, with lockout and audit
 * ({@link ThrottledAuthenticationProvider}); the session id changes at sign-in; a signed-in session ends after
 * {@code portal.staff.idle-timeout} without activity even with a tab open ({@code vaadin.closeIdleSessions}), a
 * visitor's after its own {@code portal.patient.session-timeout}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    static final String LOGOUT = "LOGOUT";

    private final StaffProperties properties;

    SecurityConfig(StaffProperties properties) {
        this.properties = properties;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, AuditLog auditLog)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/api/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll()
                .requestMatchers("/staff", "/staff/**").hasRole(StaffRole.RECRUITER_ROLE));
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        forbiddenPage(http);
        // Session fixation: Spring Security's default gives the session a new id at sign-in.
        http.sessionManagement(session -> session
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class)
                        .defaultSuccessUrl("/staff")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                auditLog.record(authentication.getName(), LOGOUT, null, null);
                            }
                        }))
                .build();
    }

    /**
     * A signed-in staff member refused a staff address that is not a Vaadin view (the CSV export for a recruiter):
     * a browser is sent to the portal's translated "Not allowed" page ({@link ForbiddenView}) instead of the
     * browser's own error page; any other client gets a plain 403.
     */
    private static void forbiddenPage(HttpSecurity http) throws Exception {
        AccessDeniedHandler page = (request, response, denied) -> {
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) {
                response.sendRedirect(request.getContextPath() + "/" + ForbiddenView.PATH + "?"
                        + ForbiddenView.FROM + "=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
        http.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(page,
                PathPatternRequestMatcher.withDefaults().matcher("/staff/**")));
    }

    /** Argon2id with Spring Security's recommended parameters; needs BouncyCastle. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /** The only authentication provider, so that nothing can sign in around the lockout. */
    @Bean
    AuthenticationProvider staffAuthenticationProvider(StaffUsers users, PasswordEncoder encoder,
            LoginThrottle throttle, AuditLog auditLog) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, auditLog, users::accountName);
    }

    /** Knows each signed-in user's sessions, so disabling a user can end them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * A session that signs in idles out after the staff's time from then on (Vaadin closes it even while heartbeats
     * arrive), not the visitors' one it started with.
     */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
            }
        }
    }
}
