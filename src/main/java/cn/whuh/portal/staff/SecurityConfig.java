package cn.whuh.portal.staff;

import cn.whuh.portal.base.config.PortalProperties;
import cn.whuh.portal.staff.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public: the study page, the self-check, the public API, privacy, login and health. Everything under
 * {@code /staff} needs a signed-in staff member (views say which role with access annotations).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/api/**").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The first administrator from PORTAL_ADMIN_*; without a configured password one is generated and logged once. */
    @Bean
    UserDetailsService staffUsers(PortalProperties properties, PasswordEncoder encoder) {
        String password = properties.admin().password();
        if (password == null || password.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No PORTAL_ADMIN_PASSWORD set: generated password for staff user '{}': {}",
                    properties.admin().username(), password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(properties.admin().username())
                .password(encoder.encode(password))
                .roles("ADMIN")
                .build());
    }
}
