package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.AttemptResult;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Due;
import cn.whuh.portal.triage.LeadFilter.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Callbacks in the queue and on the dashboard: "my calls today", "due today / overdue", the attempt count. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallbackQueueTest {

    @Autowired
    LeadRepository leads;
    @Autowired
    LeadQueue queue;
    @Autowired
    MyCalls calls;

    private final String name = "Callback " + TestLeads.digits(8);
    private final String rita = "rita-" + TestLeads.digits(6);
    private final LocalDate today = LocalDate.now(ClockConfig.SITE_ZONE);
    private final Instant startOfToday = today.atStartOfDay(ClockConfig.SITE_ZONE).toInstant();

    @Test
    void myCallsTodayHoldTheRecruitersCallbacksDueByTonightOverdueFirst() {
        String tonight = callback(rita, today.atTime(LocalTime.of(23, 59, 59)), startOfToday);
        String yesterday = callback(rita, today.minusDays(1).atTime(10, 0), startOfToday.minusSeconds(86_400 * 2));
        callback(rita, today.plusDays(1).atTime(9, 0), startOfToday); // tomorrow
        callback("someone-else", today.atTime(23, 59), startOfToday); // a colleague's call

        List<MyCalls.Call> mine = TestStaff.as(rita, StaffRole.RECRUITER, () -> calls.today(20));
        assertThat(mine).extracting(MyCalls.Call::reference).containsExactly(yesterday, tonight);
        assertThat(mine).extracting(MyCalls.Call::overdue).containsExactly(true, false);
        assertThat(mine.getLast().purpose()).isEqualTo("Ask whether the family agreed");
    }

    @Test
    void theQueueFiltersByDueTodayOverdueOrEither() {
        String tonight = callback(rita, today.atTime(LocalTime.of(23, 59, 59)), startOfToday);
        String yesterday = callback(rita, today.minusDays(1).atTime(10, 0), startOfToday.minusSeconds(86_400 * 2));
        String tomorrow = callback(rita, today.plusDays(1).atTime(9, 0), startOfToday);

        assertThat(found(Due.TODAY, null)).containsExactly(tonight);
        assertThat(found(Due.OVERDUE, null)).containsExactly(yesterday);
        assertThat(found(Due.NOW, null)).containsExactlyInAnyOrder(tonight, yesterday);
        assertThat(found(Due.ANY, null)).containsExactlyInAnyOrder(tonight, yesterday, tomorrow);
        QueueRow row = TestStaff.as(rita, StaffRole.RECRUITER,
                () -> queue.page(filter(Due.TODAY, null), List.of(), 0, 10)).getFirst();
        assertThat(row.callbackAt()).isEqualTo(today.atTime(23, 59, 59).atZone(ClockConfig.SITE_ZONE).toInstant());
        assertThat(queue.isOverdue(row)).isFalse();
    }

    @Test
    void theQueueShowsAndFiltersTheAttemptCount() {
        String none = attempts(0);
        String two = attempts(2);
        String three = attempts(3);
        String five = attempts(5);

        assertThat(found(Due.ANY, 0)).containsExactly(none);
        assertThat(found(Due.ANY, 2)).containsExactly(two);
        assertThat(found(Due.ANY, 3)).as("3 means 3 or more").containsExactlyInAnyOrder(three, five);
        QueueRow row = TestStaff.as("investigator-callbacks", StaffRole.INVESTIGATOR,
                () -> queue.page(filter(Due.ANY, 2), List.of(), 0, 10)).getFirst();
        assertThat(row.attemptCount()).isEqualTo(2);
    }

    private List<String> found(Due due, Integer attempts) {
        return TestStaff.as("investigator-callbacks", StaffRole.INVESTIGATOR,
                () -> queue.page(filter(due, attempts), List.of(), 0, 50)).stream().map(QueueRow::reference).toList();
    }

    private LeadFilter filter(Due due, Integer attempts) {
        return new LeadFilter(Scope.ALL, null, null, Assignment.ANY, due, attempts, name);
    }

    private String callback(String caller, LocalDateTime when, Instant plannedAt) {
        return TestLeads.save(leads, "CB-" + TestLeads.digits(7), "+86137" + TestLeads.digits(8), name,
                Instant.now(), lead -> lead.scheduleCallback(caller, when, "Ask whether the family agreed", caller,
                        plannedAt));
    }

    private String attempts(int n) {
        return TestLeads.save(leads, "CB-" + TestLeads.digits(7), "+86137" + TestLeads.digits(8), name,
                Instant.now(), lead -> {
                    for (int i = 0; i < n; i++) {
                        lead.logAttempt("test", AttemptResult.NO_ANSWER, null, Instant.now());
                    }
                });
    }
}
