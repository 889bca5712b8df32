package cn.whuh.portal.base.db;

import cn.whuh.portal.base.error.Failures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded server's process while the portal runs: when it dies, starts it again on the same data,
 * after each delay of {@code portal.embedded-db.restart-backoff} in turn ({@link #BACKOFF}: 1, 2, 4, 8 and 16 s) until
 * one start succeeds; while it is down, {@link #running()} is false (health DOWN). When every attempt failed,
 * the portal exits with status {@value #EXIT_STATUS} so that its own supervisor (systemd, docker) restarts it
 * (docs/embedded-database.md#supervision).
 */
final class ServerWatch implements AutoCloseable {

    static final int EXIT_STATUS = 70;
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
            Duration.ofSeconds(8), Duration.ofSeconds(16));

    private static final Logger log = LoggerFactory.getLogger(ServerWatch.class);

    /** Starts the server again and returns its new process id. */
    interface Restart {
        long start() throws Exception;
    }

    private final Restart restart;
    private final List<Duration> backoff;
    private final Runnable giveUp;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("embedded-mariadb-watch").daemon().factory());
    private volatile boolean running = true;
    private volatile boolean closed;

    ServerWatch(Restart restart, List<Duration> backoff, Runnable giveUp) {
        this.restart = restart;
        this.backoff = List.copyOf(backoff);
        this.giveUp = giveUp;
    }

    /** The portal as a whole exits, its shutdown hooks (the Spring context, this server) run first. */
    static Runnable exitPortal() {
        return () -> Thread.ofPlatform().name("embedded-mariadb-exit").start(() -> System.exit(EXIT_STATUS));
    }

    /** Watches the server process with this id. */
    void watch(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(
                process -> process.onExit().thenRunAsync(() -> died(pid), thread),
                () -> thread.execute(() -> died(pid)));
    }

    /** False while the server is down and being started again. */
    boolean running() {
        return running;
    }

    private void died(long pid) {
        if (closed) {
            return;
        }
        running = false;
        log.error("The embedded MariaDB (pid {}) stopped while the portal runs: starting it again on the same data",
                pid);
        for (int attempt = 1; attempt <= backoff.size() && !closed; attempt++) {
            try {
                Thread.sleep(backoff.get(attempt - 1));
                long again = restart.start();
                running = true;
                log.info("The embedded MariaDB runs again (pid {}, attempt {} of {})", again, attempt, backoff.size());
                watch(again);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.error("Starting the embedded MariaDB again failed (attempt {} of {}): {}", attempt, backoff.size(),
                        Failures.describe(e));
            }
        }
        if (!closed) {
            log.error("The embedded MariaDB could not be started again: the portal exits with status {}", EXIT_STATUS);
            giveUp.run();
        }
    }

    /** Stops watching: the server is being stopped on purpose. */
    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
    }
}
