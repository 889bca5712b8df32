package cn.whuh.portal.staff;

import cn.whuh.portal.audit.AuditLog;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final LoginThrottle throttle;
    private final Clock clock;

    StaffUsers(StaffUserRepository users, PasswordEncoder encoder, AuditLog auditLog, SessionRegistry sessions,
            LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = byName(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.getRole().authorities())
                .disabled(!user.isEnabled())
                .build();
    }

    /** The stored name of the account a typed name is (in normal form), else the typed name in normal form. */
    @Transactional(readOnly = true)
    public String accountName(String typed) {
        return byName(typed).map(StaffUser::getUsername).orElseGet(() -> UserNames.display(typed));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffUser> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    /** Of the users, those whose sign-in is locked after failed attempts, with the end of the lockout. */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Instant> lockedOut(List<StaffUser> of) {
        return throttle.locked(of.stream().map(StaffUser::getUsername).toList());
    }

    /** Ends the user's sign-in lockout and forgets their failed attempts (audited). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(String username) {
        StaffUser user = find(username);
        if (!throttle.unlock(user.getUsername())) {
            throw new StaffException("staff.users.error.notLocked");
        }
        audit("USER_UNLOCKED", user.getUsername(), null);
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
        String name = UserNames.display(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new StaffException("staff.users.error.username");
        }
        byName(name).ifPresent(existing -> {
            throw existing.getUsername().equals(name) ? new StaffException("staff.users.error.exists")
                    : new StaffException("staff.users.error.sameAs", existing.getUsername());
        });
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
        return byName(username).map(StaffUser::isMustChangePassword).orElse(false);
    }

    /** At first start: the first ADMIN, unless one exists. Returns false when nothing was created. */
    @Transactional
    boolean createFirstAdmin(String username, String password, boolean mustChange) {
        if (users.existsByRole(StaffRole.ADMIN)) {
            return false;
        }
        String name = UserNames.display(username);
        users.save(new StaffUser(name, encoder.encode(password), StaffRole.ADMIN, mustChange, Instant.now(clock)));
        auditLog.record("system", "USER_CREATED", null, "user=" + name + " role=ADMIN");
        return true;
    }

    /**
     * At start: every stored key in the current normal form (the migration that added the key computed it in
     * SQL, right only for ASCII names). Returns how many changed.
     */
    @Transactional
    int normaliseKeys() {
        return (int) users.findAll().stream().filter(StaffUser::rekey).count();
    }

    /** A random one-time password (20 URL-safe characters). */
    public static String generatePassword() {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private StaffUser notSelf(String username) {
        if (UserNames.same(CurrentStaff.username(), username)) {
            throw new StaffException("staff.users.error.self");
        }
        return find(username);
    }

    private StaffUser find(String username) {
        return byName(username).orElseThrow(() -> new StaffException("staff.users.error.unknown"));
    }

    private Optional<StaffUser> byName(String typed) {
        return users.findByUsernameKey(UserNames.key(typed));
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
                .filter(p -> p instanceof UserDetails d && UserNames.same(d.getUsername(), username))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(session -> session.expireNow());
    }
}
