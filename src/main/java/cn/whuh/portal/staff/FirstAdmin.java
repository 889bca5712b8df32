package cn.whuh.portal.staff;

import cn.whuh.portal.base.config.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At first start (no ADMIN yet) creates the administrator from PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD.
 * Without a configured password one is generated, printed once to the log, and must be changed at first sign-in.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final PortalProperties properties;
    private final StaffUsers users;

    FirstAdmin(PortalProperties properties, StaffUsers users) {
        this.properties = properties;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        int rekeyed = users.normaliseKeys();
        if (rekeyed > 0) {
            log.info("User names: {} comparison keys brought to the current normal form", rekeyed);
        }
        String username = properties.admin().username();
        String configured = properties.admin().password();
        boolean generate = configured == null || configured.isBlank();
        String password = generate ? StaffUsers.generatePassword() : configured;
        if (users.createFirstAdmin(username, password, generate) && generate) {
            log.warn("First start: created staff administrator '{}' with the one-time password {} "
                    + "(shown only now; it must be changed at first sign-in)", username, password);
        }
    }
}
