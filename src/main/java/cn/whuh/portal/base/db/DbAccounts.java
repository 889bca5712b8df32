package cn.whuh.portal.base.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The embedded server's accounts (docs/embedded-database.md#accounts): {@value #MIGRATE_USER} owns the schema and
 * is used by Flyway only; {@value #APP_USER} is the portal at run time, with {@code SELECT, INSERT, UPDATE,
 * DELETE} per table but only {@code SELECT, INSERT} on {@code audit_event} and {@code SELECT} on Flyway's history,
 * as docs/operations.md#database-users advises for an external server. Both sign in with random passwords kept
 * in {@value #FILE} in the data directory (mode 0600), over TCP on 127.0.0.1 only. Every start makes sure the
 * accounts exist with the file's passwords, so a data directory of an earlier version (which ran without
 * passwords) is locked at its first start and keeps its data.
 */
final class DbAccounts {

    static final String APP_USER = "portal";
    static final String MIGRATE_USER = "portal_migrate";
    static final String FILE = "credentials.properties";

    private static final String HOST = "127.0.0.1";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The two passwords of one data directory. */
    record Passwords(String app, String migrate) {
    }

    private DbAccounts() {
    }

    /** The passwords kept in {@code dataDir}, made and written (owner only) at the first start. */
    static Passwords passwords(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Properties kept = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                kept.load(in);
            }
        }
        String app = kept.getProperty(APP_USER + ".password");
        String migrate = kept.getProperty(MIGRATE_USER + ".password");
        if (app == null || migrate == null) {
            kept.setProperty(APP_USER + ".password", app = randomPassword());
            kept.setProperty(MIGRATE_USER + ".password", migrate = randomPassword());
            Path written = Files.createTempFile(dataDir, FILE, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (OutputStream out = Files.newOutputStream(written)) {
                kept.store(out, "Passwords of the portal's accounts on this embedded MariaDB (docs/embedded-database.md)");
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        return new Passwords(app, migrate);
    }

    /** Creates the database and both accounts if missing, and sets their passwords to the kept ones. */
    static void secure(SocketClient admin, String database, Passwords passwords) throws IOException {
        admin.run("CREATE DATABASE IF NOT EXISTS `" + database + "`;\n"
                + account(MIGRATE_USER, passwords.migrate())
                + "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + name(MIGRATE_USER) + ";\n"
                + account(APP_USER, passwords.app()));
    }

    /**
     * Grants the run-time account its rights on every table the migrations made; run after each migration, since
     * MariaDB cannot take one table back from a database-wide grant.
     */
    static void grantApplication(SocketClient admin, String database) throws IOException {
        List<String> tables = admin.run("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + database + "' AND table_type = 'BASE TABLE';");
        String grants = tables.stream()
                .map(table -> "GRANT " + rights(table) + " ON `" + database + "`.`" + table + "` TO " + name(APP_USER)
                        + ";\n")
                .collect(Collectors.joining());
        if (!grants.isEmpty()) {
            admin.run(grants);
        }
    }

    private static String rights(String table) {
        return switch (table) {
            case "audit_event" -> "SELECT, INSERT"; // append-only: docs/audit.md
            case "flyway_schema_history" -> "SELECT";
            default -> "SELECT, INSERT, UPDATE, DELETE";
        };
    }

    private static String account(String user, String password) {
        return "CREATE USER IF NOT EXISTS " + name(user) + " IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER " + name(user) + " IDENTIFIED BY '" + password + "';\n";
    }

    private static String name(String user) {
        return "'" + user + "'@'" + HOST + "'";
    }

    /** 32 random bytes, URL-safe Base64: no quote or backslash to escape in SQL. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
