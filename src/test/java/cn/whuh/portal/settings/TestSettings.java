package cn.whuh.portal.settings;

import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;

/** Settings for tests: the Spring context (and its database) is shared, so tests leave the defaults behind. */
public final class TestSettings {

    private TestSettings() {
    }

    /** Lead recipients back to the environment's, the daily digest on. */
    public static void restoreDefaults(SiteSettings settings) {
        TestStaff.as("test-admin", StaffRole.ADMIN, () -> {
            settings.resetLeadRecipients(settings.current().leadRecipients().version());
            settings.changeDailyDigest(true, settings.current().dailyDigest().version());
        });
    }
}
