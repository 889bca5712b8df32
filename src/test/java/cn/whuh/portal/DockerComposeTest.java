package cn.whuh.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** There is no Docker engine here, so the compose file is checked as data: services, ports and wiring. */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> compose = new YAMLMapper().readValue(Path.of("docker-compose.yml").toFile(), Map.class);
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    void databaseIsMariaDb114WithVolumeAndHealthcheck() throws Exception {
        Map<String, Object> db = service("db");
        assertThat(db.get("image")).isEqualTo("mariadb:11.4");
        assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.endsWith(":/var/lib/mysql"));
        assertThat(db).containsKey("healthcheck");
    }

    @Test
    void mailpitOffersSmtpAndWebUi() throws Exception {
        Map<String, Object> mail = service("mail");
        assertThat((String) mail.get("image")).startsWith("axllent/mailpit");
        assertThat((List<String>) mail.get("ports")).containsExactlyInAnyOrder("127.0.0.1:1025:1025",
                "127.0.0.1:8025:8025");
    }

    /** Compose's {@code ${VAR:?message}}: it refuses to start while the variable is unset or empty. */
    @Test
    @SuppressWarnings("unchecked")
    void noDefaultPasswordsComposeRefusesToStartWithoutThem() throws Exception {
        String text = Files.readString(Path.of("docker-compose.yml"));
        assertThat(text).doesNotContain("change-me").doesNotContainPattern("PASSWORD:-[^}]");
        Map<String, Object> db = (Map<String, Object>) service("db").get("environment");
        assertThat((String) db.get("MARIADB_PASSWORD")).startsWith("${PORTAL_DB_PASSWORD:?");
        assertThat((String) db.get("MARIADB_ROOT_PASSWORD")).startsWith("${PORTAL_DB_ROOT_PASSWORD:?");
        Map<String, Object> app = (Map<String, Object>) service("app").get("environment");
        assertThat((String) app.get("SPRING_DATASOURCE_PASSWORD")).startsWith("${PORTAL_DB_PASSWORD:?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void appIsBuiltHereAndWiredByEnvironment() throws Exception {
        Map<String, Object> app = service("app");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat(Path.of("Dockerfile")).exists();
        assertThat((List<String>) app.get("ports")).contains("8080:8080");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        assertThat(env).containsKeys("SERVER_PORT", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME",
                "SPRING_MAIL_PASSWORD", "PORTAL_DATA_DIR", "PORTAL_BASE_URL", "PORTAL_SITE_CONTACT_EMAIL",
                "PORTAL_ADMIN_USERNAME", "PORTAL_ADMIN_PASSWORD", "PORTAL_RATE_LIMIT_PER_HOUR");
        assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:mariadb://db:3306/portal");
        assertThat(env.get("SPRING_MAIL_HOST")).isEqualTo("mail");
        assertThat(env.get("SPRING_MAIL_PORT")).isEqualTo("1025");
        assertThat(((Map<String, Map<String, String>>) app.get("depends_on")).get("db"))
                .containsEntry("condition", "service_healthy");
    }
}
