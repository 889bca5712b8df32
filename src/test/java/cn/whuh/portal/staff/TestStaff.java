package cn.whuh.portal.staff;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff users for tests: unique names (the test database is shared), ready to sign in with a known password. */
public final class TestStaff {

    public static final String PASSWORD = "correct-horse-battery";

    private TestStaff() {
    }

    /** A new enabled user with the role and {@link #PASSWORD}, already past the first-sign-in password change. */
    public static String create(StaffUsers users, StaffRole role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = StaffUsers.generatePassword();
        as("test-admin", StaffRole.ADMIN, () -> users.create(name, role, oneTime));
        as(name, role, () -> {
            users.changeOwnPassword(oneTime, PASSWORD);
            return null;
        });
        return name;
    }

    /** Runs code as if the user were signed in with the role (for service calls under method security). */
    public static <T> T as(String username, StaffRole role, Supplier<T> code) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, role.authorities()));
        try {
            return code.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void as(String username, StaffRole role, Runnable code) {
        as(username, role, () -> {
            code.run();
            return null;
        });
    }
}
