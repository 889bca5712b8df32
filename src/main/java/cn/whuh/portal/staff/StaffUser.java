package cn.whuh.portal.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A study staff member who signs in. The password is stored only as an Argon2id hash. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    /** The name in its normal form ({@link UserNames#key}), unique under a binary collation. */
    @Column(name = "username_key", nullable = false, length = 100)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StaffUser() {
    }

    StaffUser(String username, String passwordHash, StaffRole role, boolean mustChangePassword, Instant createdAt) {
        this.username = username;
        this.usernameKey = UserNames.key(username);
        this.passwordHash = passwordHash;
        this.role = role;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    String getUsernameKey() {
        return usernameKey;
    }

    /** Recomputes the key (after the normal form was introduced or changed). Returns whether it changed. */
    boolean rekey() {
        String key = UserNames.key(username);
        boolean changed = !key.equals(usernameKey);
        usernameKey = key;
        return changed;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPassword(String passwordHash, boolean mustChangePassword) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    public StaffRole getRole() {
        return role;
    }

    void setRole(StaffRole role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
