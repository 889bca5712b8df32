package cn.whuh.portal.base.db;

import cn.whuh.portal.base.config.PortalProperties;
import ch.vorburger.exec.ManagedProcessException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded MariaDB ({@link EmbeddedMariaDb}) when no {@code spring.datasource.url} is configured, so that
 * one command runs the whole portal. The server listens on 127.0.0.1 only and keeps its files under
 * {@code PORTAL_DATA_DIR/mariadb}; it is stopped when the application context closes. Flyway migrates as the
 * schema's owner, the portal runs as the run-time account (docs/embedded-database.md#accounts).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedMariaDbConfig {

    static final String DATABASE = "portal";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfig.class);

    @Bean(destroyMethod = "close")
    public EmbeddedMariaDb embeddedMariaDb(PortalProperties properties,
            @Value("${portal.embedded-db.server-dir:}") String serverDir,
            @Value("${portal.embedded-db.restart-backoff:1s,2s,4s,8s,16s}") List<Duration> backoff)
            throws IOException, ManagedProcessException {
        Path root = properties.dataDir().toAbsolutePath().normalize();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root,
                serverDir.isBlank() ? root.resolve("mariadb-server") : Path.of(serverDir), DATABASE, backoff,
                ServerWatch.exitPortal());
        log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", db.port(), root.resolve("mariadb"));
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public DataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embeddedMariaDb.url(DATABASE));
        dataSource.setUsername(embeddedMariaDb.appUser());
        dataSource.setPassword(embeddedMariaDb.appPassword());
        return dataSource;
    }

    /** Flyway connects as the schema's owner, not as the portal's run-time account. */
    @Bean
    FlywayConfigurationCustomizer embeddedMigrationUser(EmbeddedMariaDb embeddedMariaDb) {
        return flyway -> flyway.dataSource(embeddedMariaDb.url(DATABASE), embeddedMariaDb.migrateUser(),
                embeddedMariaDb.migratePassword());
    }

    /** After the migrations, the run-time account gets its rights on the tables they made. */
    @Bean
    FlywayMigrationStrategy migrateThenGrant(EmbeddedMariaDb embeddedMariaDb) {
        return flyway -> {
            flyway.migrate();
            try {
                embeddedMariaDb.grantApplicationUser(DATABASE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** DOWN while the embedded server is down and being started again (part of readiness). */
    @Bean
    HealthIndicator embeddedDatabase(EmbeddedMariaDb embeddedMariaDb) {
        return () -> embeddedMariaDb.running() ? Health.up().build() : Health.down().build();
    }
}
