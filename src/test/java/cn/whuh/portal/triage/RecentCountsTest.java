package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The queue's chip counts are reused for 5 s per person and filter, then counted again (decision 0091). */
class RecentCountsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RecentCounts recent = new RecentCounts(nanos::get);
    private final AtomicInteger counted = new AtomicInteger();

    private Map<LeadStatus, Long> ask(String who, StaffRole role, LeadFilter filter) {
        return TestStaff.as(who, role, () -> recent.get(filter, () -> {
            long n = counted.incrementAndGet();
            return Map.of(LeadStatus.NEW, n);
        }));
    }

    @Test
    void countsAreReusedForFiveSecondsThenCountedAgain() {
        assertThat(ask("rita", StaffRole.RECRUITER, LeadFilter.DEFAULT)).containsEntry(LeadStatus.NEW, 1L);
        nanos.addAndGet(RecentCounts.KEEP.toNanos() - 1);
        assertThat(ask("rita", StaffRole.RECRUITER, LeadFilter.DEFAULT)).containsEntry(LeadStatus.NEW, 1L);
        assertThat(counted).hasValue(1);
        nanos.addAndGet(1);
        assertThat(ask("rita", StaffRole.RECRUITER, LeadFilter.DEFAULT)).containsEntry(LeadStatus.NEW, 2L);
        assertThat(counted).hasValue(2);
    }

    @Test
    void eachPersonRoleAndFilterHasItsOwnCounts() {
        ask("rita", StaffRole.RECRUITER, LeadFilter.DEFAULT);
        ask("sam", StaffRole.RECRUITER, LeadFilter.DEFAULT);
        ask("rita", StaffRole.INVESTIGATOR, LeadFilter.DEFAULT);
        ask("rita", StaffRole.RECRUITER, new LeadFilter(LeadFilter.Scope.OPEN, null, null, LeadFilter.Assignment.ANY, false, "王芳"));
        assertThat(counted).hasValue(4);
        ask("rita", StaffRole.RECRUITER, new LeadFilter(LeadFilter.Scope.OPEN, null, null, LeadFilter.Assignment.ANY, false, "王芳"));
        assertThat(counted).hasValue(4);
    }
}
