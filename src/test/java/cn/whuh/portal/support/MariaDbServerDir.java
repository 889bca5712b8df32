package cn.whuh.portal.support;

import java.nio.file.Path;

/**
 * Where the tests' unpacked MariaDB server lives: one per Surefire fork ({@code portal.embedded-db.server-dir},
 * set by the pom), so that two forks never unpack over a server the other is running (docs/testing.md).
 */
public final class MariaDbServerDir {

    private MariaDbServerDir() {
    }

    public static Path get() {
        return Path.of(System.getProperty("portal.embedded-db.server-dir", "target/mariadb-server"));
    }
}
