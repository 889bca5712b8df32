package cn.whuh.portal.staff;

import cn.whuh.portal.audit.AuditLog;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: sign-in lookup, the ADMIN's user management and each user's own password change. Every
 * change is audited (never with the password); disabling a user or resetting their password ends their sessions.
 */
@Service
public class StaffUsers implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,100}");

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final SessionRegistry sessions;
    private final Clock clock;

    StaffUsers(StaffUserRepository users, PasswordEncoder encoder, AuditLog auditLog, SessionRegistry sessions,
            Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.getRole().authorities())
                .disabled(!user.isEnabled())
                .build();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffUser> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    /** Enabled staff, for assigning leads. */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public List<String> activeUsernames() {
        return users.findByEnabledTrueOrderByUsernameAsc().stream().map(StaffUser::getUsername).toList();
    }

    /** A new user with a first password that must be changed at first sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StaffUser create(String username, StaffRole role, String password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new StaffException("staff.users.error.username");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new StaffException("staff.users.error.exists");
        }
        checkStrength(password);
        StaffUser user = users.save(new StaffUser(name, encoder.encode(password), role, true, Instant.now(clock)));
        audit("USER_CREATED", name, "role=" + role);
        return user;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRole(String username, StaffRole role) {
        StaffUser user = notSelf(username);
        user.setRole(role);
        audit("USER_ROLE_CHANGED", username, "role=" + role);
        endSessions(username);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        StaffUser user = notSelf(username);
        user.setEnabled(enabled);
        audit(enabled ? "USER_ENABLED" : "USER_DISABLED", username, null);
        if (!enabled) {
            endSessions(username);
        }
    }

    /** A new one-time password the user must change at their next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String password) {
        StaffUser user = find(username);
        checkStrength(password);
        user.setPassword(encoder.encode(password), true);
        audit("USER_PASSWORD_RESET", username, null);
        endSessions(username);
    }

    /** The signed-in user changes their own password. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = find(CurrentStaff.username());
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new StaffException("staff.password.error.current");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new StaffException("staff.password.error.same");
        }
        checkStrength(newPassword);
        user.setPassword(encoder.encode(newPassword), false);
        audit("PASSWORD_CHANGED", user.getUsername(), null);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(StaffUser::isMustChangePassword).orElse(false);
    }

    /** At first start: the first ADMIN, unless one exists. Returns false when nothing was created. */
    @Transactional
    boolean createFirstAdmin(String username, String password, boolean mustChange) {
        if (users.existsByRole(StaffRole.ADMIN)) {
            return false;
        }
        users.save(new StaffUser(username, encoder.encode(password), StaffRole.ADMIN, mustChange, Instant.now(clock)));
        auditLog.record("system", "USER_CREATED", null, "user=" + username + " role=ADMIN");
        return true;
    }

    /** A random one-time password (20 URL-safe characters). */
    public static String generatePassword() {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private StaffUser notSelf(String username) {
        if (CurrentStaff.username().equals(username)) {
            throw new StaffException("staff.users.error.self");
        }
        return find(username);
    }

    private StaffUser find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new StaffException("staff.users.error.unknown"));
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
            throw new StaffException("staff.password.error.short");
        }
    }

    private void audit(String action, String username, String detail) {
        auditLog.record(CurrentStaff.username(), action, null, "user=" + username + (detail == null ? "" : " " + detail));
    }

    /** Ends every session of the user: their next request finds them signed out. */
    private void endSessions(String username) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails d && d.getUsername().equals(username))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(session -> session.expireNow());
    }
}
