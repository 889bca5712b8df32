package cn.whuh.portal.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.Application;
import cn.whuh.portal.support.MariaDbServerDir;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With SPRING_DATASOURCE_URL set, the portal starts nothing embedded and migrates the given server. */
class ExternalDataSourceTest {

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne(@TempDir Path dir) throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dir, MariaDbServerDir.get(), "external_portal", () -> { });
        try {
            String url = server.url("external_portal");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + server.migrateUser(),
                            "--spring.datasource.password=" + server.migratePassword(),
                            "--portal.data-dir=" + dir.resolve("unused"))) {
                assertThat(context.getBeansOfType(EmbeddedMariaDb.class)).isEmpty();
            }
            assertThat(dir.resolve("unused")).doesNotExist();
            try (Connection connection = DriverManager.getConnection(url, server.migrateUser(), server.migratePassword());
                    ResultSet rs = connection.createStatement().executeQuery(
                            "SELECT COUNT(*) FROM audit_event WHERE action = 'SYSTEM_STARTED'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            server.close();
        }
    }
}
