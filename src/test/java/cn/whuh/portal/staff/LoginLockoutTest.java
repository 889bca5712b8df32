package cn.whuh.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.audit.AuditLog;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;
    @Autowired
    AuditLog auditLog;

    @Test
    void unknownUserAndWrongPasswordLookTheSame() {
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        StaffHttp http = new StaffHttp(port, "198.51.100.1");
        String wrongPassword = StaffHttp.location(http.login(recruiter, "not-the-password"));
        String unknownUser = StaffHttp.location(http.login("nobody-" + UUID.randomUUID(), "not-the-password"));
        assertThat(wrongPassword).endsWith("/login?error").isEqualTo(unknownUser);
        assertThat(StaffHttp.location(http.login(recruiter, TestStaff.PASSWORD))).endsWith("/staff");
        assertThat(auditLog.byAction("LOGIN_FAILED")).extracting(AuditEvent::getActor).contains(recruiter);
        assertThat(auditLog.byAction("LOGIN")).extracting(AuditEvent::getActor).contains(recruiter);
    }

    @Test
    void fiveFailuresForOneUserNameLockItEvenWithTheRightPassword() {
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        for (int i = 0; i < 5; i++) {
            // from different clients: the user name alone counts
            new StaffHttp(port, "198.51.100." + (10 + i)).login(recruiter, "wrong-" + i);
        }
        StaffHttp fresh = new StaffHttp(port, "198.51.100.99");
        assertThat(StaffHttp.location(fresh.login(recruiter, TestStaff.PASSWORD))).endsWith("/login?error");
        assertThat(fresh.get("/staff").statusCode()).isEqualTo(302);
        assertThat(auditLog.byAction("LOGIN_FAILED")).anyMatch(e -> e.getActor().equals(recruiter)
                && e.getDetail().startsWith("locked-out"));
    }

    @Test
    void fiveFailuresFromOneClientLockThatClient() {
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        StaffHttp guesser = new StaffHttp(port, "198.51.100.200");
        for (int i = 0; i < 5; i++) {
            guesser.login("guess-" + i + "-" + UUID.randomUUID(), "password-" + i);
        }
        assertThat(StaffHttp.location(guesser.login(recruiter, TestStaff.PASSWORD))).endsWith("/login?error");
        // the same user from another client is not affected
        assertThat(StaffHttp.location(new StaffHttp(port, "198.51.100.201").login(recruiter, TestStaff.PASSWORD)))
                .endsWith("/staff");
    }
}
