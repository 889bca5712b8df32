package cn.whuh.portal.base.db;

import java.nio.file.Path;

/**
 * A JVM that only runs the embedded server, for {@link SupervisedServerTest} to kill with {@code kill -9}: arguments
 * are PORTAL_DATA_DIR and the unpacked server's directory; prints {@code SERVER <pid>} once the server is ready.
 */
public final class EmbeddedServerProcess {

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), Path.of(args[1]), "portal", () -> System.exit(3));
        System.out.println("SERVER " + db.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
