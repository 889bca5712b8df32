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

    /** Issue 13, item 2: behind a hospital's NAT the whole team is one address; one person's typos lock only them. */
    @Test
    void failuresFromOneAddressDoNotLockOtherNamesThere() {
        String typo = TestStaff.create(users, StaffRole.RECRUITER);
        String colleague = TestStaff.create(users, StaffRole.ADMIN);
        StaffHttp nat = new StaffHttp(port, "198.51.100.200");
        for (int i = 0; i < 5; i++) {
            nat.login(typo, "wrong-" + i);
        }
        for (int i = 0; i < 10; i++) {
            nat.login("guess-" + i + "-" + UUID.randomUUID(), "password-" + i);
        }
        assertThat(StaffHttp.location(nat.login(typo, TestStaff.PASSWORD))).endsWith("/login?error");
        StaffHttp sameAddress = new StaffHttp(port, "198.51.100.200");
        assertThat(StaffHttp.location(sameAddress.login(colleague, TestStaff.PASSWORD))).endsWith("/staff");
    }

    /**
     * Issue 15: names are compared in one normal form. After five failures for a name, its full-width and
     * zero-width-space look-alikes are the same locked name (the audit records the account's own name), and
     * {@code ä} in place of {@code a} is another, unknown name that signs in as no one.
     */
    @Test
    void lookAlikeNamesNeitherSignInAsTheUserNorEscapeTheLockout() {
        String name = TestStaff.create(users, StaffRole.ADMIN);
        String fullWidth = "\uFF41" + name.substring(1); // ａdmin-…
        String zeroWidth = name + "\u200B";
        String umlaut = "\u00E4" + name.substring(1);
        StaffHttp http = new StaffHttp(port, "198.51.100.150");
        assertThat(StaffHttp.location(http.login(fullWidth.toUpperCase(), TestStaff.PASSWORD)))
                .as("the same name, in another width and case").endsWith("/staff");
        assertThat(auditLog.byAction("LOGIN")).anyMatch(e -> e.getActor().equals(name));
        assertThat(StaffHttp.location(new StaffHttp(port, "198.51.100.151").login(umlaut, TestStaff.PASSWORD)))
                .as("another name").endsWith("/login?error");
        for (int i = 0; i < 5; i++) {
            new StaffHttp(port, "198.51.100.15" + (2 + i % 2)).login(i % 2 == 0 ? name : zeroWidth, "wrong-" + i);
        }
        for (String lookAlike : new String[] {name, fullWidth, zeroWidth, umlaut}) {
            StaffHttp fresh = new StaffHttp(port, "198.51.100.160");
            assertThat(StaffHttp.location(fresh.login(lookAlike, TestStaff.PASSWORD))).as(lookAlike)
                    .endsWith("/login?error");
            assertThat(fresh.get("/staff").statusCode()).as(lookAlike).isEqualTo(302);
        }
        assertThat(auditLog.byAction("LOGIN_FAILED")).filteredOn(e -> e.getDetail().startsWith("locked-out"))
                .extracting(AuditEvent::getActor).contains(name).doesNotContain(fullWidth, zeroWidth);
        assertThat(auditLog.byAction("LOGIN_FAILED")).extracting(AuditEvent::getActor)
                .doesNotContain(zeroWidth, fullWidth);
    }
}
