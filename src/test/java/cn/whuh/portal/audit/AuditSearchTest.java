package cn.whuh.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The ADMIN's audit search by days of the site's calendar (Beijing time), on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditSearchTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2020, 3, 1);

    @Autowired
    AuditEventRepository events;
    @Autowired
    AuditLog auditLog;

    /** A user name of its own, so that other tests' records do not count. */
    private final String actor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);

    private void recordAt(String instant, String action) {
        new AuditLog(events, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).record(actor, action, null, instant);
    }

    private List<String> search(LocalDate from, LocalDate to) {
        return TestStaff.as("admin-" + actor, StaffRole.ADMIN, () -> auditLog.search(
                new AuditFilter(null, actor, null, from, to, ClockConfig.SITE_ZONE),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.ASC, "occurredAt"))).map(AuditEvent::getDetail).toList());
    }

    @Test
    void daysAreBeijingDaysWithBothEndsIncluded() {
        String lastSecondOfMarch1 = "2020-03-01T15:59:59Z"; // 23:59:59 in Beijing
        String firstMomentOfMarch2 = "2020-03-01T16:00:00Z"; // 00:00 on 2 March in Beijing
        String march3 = "2020-03-03T02:00:00Z";
        recordAt(lastSecondOfMarch1, "LOGIN");
        recordAt(firstMomentOfMarch2, "LOGIN");
        recordAt(march3, "LOGOUT");

        assertThat(search(MARCH_1, MARCH_1)).containsExactly(lastSecondOfMarch1);
        assertThat(search(MARCH_1.plusDays(1), null)).containsExactly(firstMomentOfMarch2, march3);
        assertThat(search(null, MARCH_1.plusDays(1))).containsExactly(lastSecondOfMarch1, firstMomentOfMarch2);
        assertThat(search(MARCH_1.plusDays(1), MARCH_1.plusDays(2))).containsExactly(firstMomentOfMarch2, march3);
        assertThat(search(null, null)).hasSize(3);
        assertThat(search(MARCH_1.plusDays(3), null)).isEmpty();

        List<String> logouts = TestStaff.as("admin-" + actor, StaffRole.ADMIN, () -> auditLog.search(
                new AuditFilter("LOGOUT", actor, null, MARCH_1, null, ClockConfig.SITE_ZONE), PageRequest.of(0, 50))
                .map(AuditEvent::getDetail).toList());
        assertThat(logouts).containsExactly(march3);
        assertThat(TestStaff.as("admin-" + actor, StaffRole.ADMIN, auditLog::actions)).contains("LOGIN", "LOGOUT");
    }

    /** Issue 13, item 11: the "User" filter matches the start of a name; its own wildcards are plain characters. */
    @Test
    void theUserFilterMatchesTheStartOfAName() {
        recordAt("2020-03-05T02:00:00Z", "LOGIN");
        String start = actor.substring(0, actor.length() - 3);
        for (String typed : new String[] {actor, start, start.toUpperCase()}) {
            assertThat(TestStaff.as("admin-" + actor, StaffRole.ADMIN, () -> auditLog.search(
                    new AuditFilter(null, typed, null, null, null, ClockConfig.SITE_ZONE), PageRequest.of(0, 50))
                    .map(AuditEvent::getActor).toList())).as(typed).contains(actor);
        }
        for (String typed : new String[] {"%", "_uditor-", actor.substring(2), actor + "x"}) {
            assertThat(TestStaff.as("admin-" + actor, StaffRole.ADMIN, () -> auditLog.search(
                    new AuditFilter(null, typed, null, null, null, ClockConfig.SITE_ZONE), PageRequest.of(0, 50))
                    .map(AuditEvent::getActor).toList())).as(typed).doesNotContain(actor);
        }
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new AuditFilter(null, null, null, MARCH_1, MARCH_1.minusDays(1), ClockConfig.SITE_ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnAdminSearches() {
        assertThatThrownBy(() -> TestStaff.as("investigator-" + actor, StaffRole.INVESTIGATOR, () -> auditLog.search(
                new AuditFilter(null, null, null, MARCH_1, null, ClockConfig.SITE_ZONE), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestStaff.as("investigator-" + actor, StaffRole.INVESTIGATOR, auditLog::actions))
                .isInstanceOf(AccessDeniedException.class);
    }
}
