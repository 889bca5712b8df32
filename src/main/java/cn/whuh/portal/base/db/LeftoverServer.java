package cn.whuh.portal.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server still running on the data directory from an earlier run (a portal version without the
 * parent-death guard, killed with {@code kill -9}) holds the data files' locks, so a new server there fails. It is
 * found by the data directory's pid files and stopped cleanly (SIGTERM, as {@code mariadb-admin shutdown} would),
 * forcibly only if it does not stop in time (docs/embedded-database.md#supervision).
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration CLEAN_STOP = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    /** Stops every live MariaDB server whose pid file lies in {@code dataDir} and that serves {@code dataDir}. */
    static void stopAll(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        List<Path> pidFiles;
        try (Stream<Path> files = Files.list(dataDir)) {
            pidFiles = files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList();
        }
        for (Path pidFile : pidFiles) {
            Optional<ProcessHandle> server = pid(pidFile).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> serves(process.pid(), dataDir));
            if (server.isPresent()) {
                stop(server.get(), dataDir);
            }
        }
    }

    private static void stop(ProcessHandle server, Path dataDir) throws IOException {
        log.warn("A MariaDB server (pid {}) left running by an earlier start still serves {}: stopping it first",
                server.pid(), dataDir);
        server.destroy();
        if (exited(server, CLEAN_STOP)) {
            log.info("The left-over MariaDB server (pid {}) has shut down cleanly", server.pid());
            return;
        }
        log.warn("The left-over MariaDB server (pid {}) did not stop within {} s: killing it", server.pid(),
                CLEAN_STOP.toSeconds());
        server.destroyForcibly();
        if (!exited(server, Duration.ofSeconds(10))) {
            throw new IOException("Cannot stop the MariaDB server (pid " + server.pid() + ") on " + dataDir);
        }
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is a MariaDB server started with {@code --datadir} naming this directory. */
    static boolean serves(long pid, Path dataDir) {
        List<String> arguments;
        try {
            arguments = List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return false;
        }
        boolean server = !arguments.isEmpty()
                && (arguments.getFirst().endsWith("mariadbd") || arguments.getFirst().endsWith("mysqld"));
        Path wanted = dataDir.toAbsolutePath().normalize();
        return server && arguments.stream()
                .filter(argument -> argument.startsWith("--datadir="))
                .map(argument -> Path.of(argument.substring("--datadir=".length())).toAbsolutePath().normalize())
                .anyMatch(wanted::equals);
    }
}
