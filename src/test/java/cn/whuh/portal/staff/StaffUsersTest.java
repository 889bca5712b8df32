package cn.whuh.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffUsersTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;
    @Autowired
    AuditLog auditLog;

    @Test
    void firstStartCreatesAnAdminWhoMustChangeTheGeneratedPassword() {
        // The test profile sets no PORTAL_ADMIN_PASSWORD: one was generated and logged.
        assertThat(users.mustChangePassword("admin")).isTrue();
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_INVESTIGATOR", "ROLE_RECRUITER");
        assertThat(auditLog.byAction("USER_CREATED")).anyMatch(e -> e.getActor().equals("system")
                && e.getDetail().equals("user=admin role=ADMIN"));
    }

    @Test
    void adminManagesUsersAndEveryChangeIsAudited() {
        String name = TestStaff.create(users, StaffRole.RECRUITER);
        TestStaff.as("boss", StaffRole.ADMIN, () -> {
            assertThatThrownBy(() -> users.create(name, StaffRole.RECRUITER, "long-enough-password"))
                    .hasMessage("staff.users.error.exists");
            // one normal form (issue 15): full width is the name itself; another case or an invisible character
            // looks the same
            assertThatThrownBy(() -> users.create("\uFF52" + name.substring(1), StaffRole.RECRUITER,
                    "long-enough-password")).hasMessage("staff.users.error.exists");
            for (String lookAlike : new String[] {name.toUpperCase(), "\u200B" + name.toUpperCase()}) {
                assertThatThrownBy(() -> users.create(lookAlike, StaffRole.RECRUITER, "long-enough-password"))
                        .as(lookAlike).hasMessage("staff.users.error.sameAs");
            }
            assertThatThrownBy(() -> users.create("a b", StaffRole.RECRUITER, "long-enough-password"))
                    .hasMessage("staff.users.error.username");
            assertThatThrownBy(() -> users.create("shorty", StaffRole.RECRUITER, "short"))
                    .hasMessage("staff.password.error.short");
            assertThatThrownBy(() -> users.setEnabled("boss", false)).hasMessage("staff.users.error.self");

            users.changeRole(name, StaffRole.INVESTIGATOR);
            users.resetPassword(name, "another-long-password");
            users.setEnabled(name, false);
            users.setEnabled(name, true);
        });
        assertThat(users.loadUserByUsername(name).getAuthorities()).hasSize(2);
        assertThat(users.mustChangePassword(name)).isTrue();
        // The old password no longer works, the reset one does.
        StaffHttp http = new StaffHttp(port, "203.0.113.7");
        assertThat(StaffHttp.location(http.login(name, TestStaff.PASSWORD))).endsWith("/login?error");
        assertThat(StaffHttp.location(http.login(name, "another-long-password"))).endsWith("/staff");
        for (String action : new String[] {"USER_ROLE_CHANGED", "USER_PASSWORD_RESET", "USER_DISABLED",
            "USER_ENABLED"}) {
            assertThat(auditLog.byAction(action)).as(action)
                    .anyMatch(e -> e.getActor().equals("boss") && e.getDetail().startsWith("user=" + name));
        }
        assertThat(auditLog.byAction("PASSWORD_CHANGED")).extracting(AuditEvent::getActor).contains(name);
        assertThat(auditLog.byAction("USER_PASSWORD_RESET")).noneMatch(e -> e.getDetail().contains("another"));
    }

    @Test
    void anAdminUnlocksALockedUserAndItIsAudited() {
        String name = TestStaff.create(users, StaffRole.RECRUITER);
        for (int i = 0; i < 5; i++) {
            new StaffHttp(port, "203.0.113.20").login(name, "wrong-" + i);
        }
        assertThat(StaffHttp.location(new StaffHttp(port, "203.0.113.21").login(name, TestStaff.PASSWORD)))
                .endsWith("/login?error");
        TestStaff.as("unlocker", StaffRole.ADMIN, () -> {
            assertThat(users.lockedOut(users.all())).containsKey(name);
            users.unlock(name.toUpperCase());
            assertThat(users.lockedOut(users.all())).doesNotContainKey(name);
            assertThatThrownBy(() -> users.unlock(name)).hasMessage("staff.users.error.notLocked");
        });
        assertThat(StaffHttp.location(new StaffHttp(port, "203.0.113.21").login(name, TestStaff.PASSWORD)))
                .endsWith("/staff");
        assertThat(auditLog.byAction("USER_UNLOCKED"))
                .anyMatch(e -> e.getActor().equals("unlocker") && e.getDetail().equals("user=" + name));
        assertThatThrownBy(() -> TestStaff.as("r", StaffRole.RECRUITER, () -> users.unlock(name)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
