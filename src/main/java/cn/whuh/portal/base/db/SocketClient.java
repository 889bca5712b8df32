package cn.whuh.portal.base.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The MariaDB command-line client of the embedded server, connected through its unix socket as the operating
 * system user that runs the portal: the one way in as an administrator, since those accounts authenticate by
 * {@code unix_socket} only (docs/embedded-database.md). SQL goes in on standard input, never on the command line,
 * so passwords in it do not show in the process list; nothing of it is logged.
 */
final class SocketClient {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path serverDir;
    private final Path dataDir;

    SocketClient(Path serverDir, Path dataDir) {
        this.serverDir = serverDir;
        this.dataDir = dataDir;
    }

    /** Runs the statements and returns the result rows (tab-separated columns), failing on any SQL error. */
    List<String> run(String sql) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(serverDir.resolve("bin/mariadb").toString(), "--no-defaults",
                "--protocol=socket", "--socket=" + EmbeddedMariaDb.SOCKET, "--user=" + osUser(),
                "--skip-ssl", "--batch", "--skip-column-names", "--default-character-set=utf8mb4")
                // the socket is named relative to the data directory (a unix socket path has at most 107 bytes)
                .directory(dataDir.toFile());
        builder.environment().put("LD_LIBRARY_PATH", serverDir.resolve("libs").toString());
        Process process = builder.start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process, true));
        try (OutputStream in = process.getOutputStream()) {
            in.write(sql.getBytes(StandardCharsets.UTF_8));
        }
        String output = read(process, false);
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("The MariaDB client did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while waiting for the MariaDB client", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("The MariaDB client failed (exit " + process.exitValue() + "): "
                    + errors.join().strip());
        }
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    /** The account the server's installer made for whoever runs it (root, or the user running the portal). */
    static String osUser() {
        return System.getProperty("user.name");
    }

    private static String read(Process process, boolean errors) {
        try {
            return new String((errors ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
