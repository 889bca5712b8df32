package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.FunnelCounter;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadStatsTest {

    @Autowired
    LeadStats stats;
    @Autowired
    FunnelCounter counter;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void funnelStartsWithQuestionnairesStartedAndCompletedThenFollowsTheLeads() {
        Map<String, Long> before = funnel();
        assertThat(before.keySet()).containsExactly("STARTED", "COMPLETED", "RECEIVED", "CONTACTED",
                "SCREENING_SCHEDULED", "SCREENED", "ENROLLED");

        // outside a browser session every call counts
        counter.started("NCT06106906");
        counter.started("NCT06106906");
        counter.started("NCT06106906");
        counter.completed("NCT06106906", Outcome.LIKELY_ELIGIBLE);
        counter.completed("NCT06106906", Outcome.NOT_ELIGIBLE);

        Map<String, Long> after = funnel();
        assertThat(after.get("STARTED")).isEqualTo(before.get("STARTED") + 3);
        assertThat(after.get("COMPLETED")).isEqualTo(before.get("COMPLETED") + 2);
        assertThat(after.get("RECEIVED")).isEqualTo(jdbc.queryForObject("select count(*) from leads", Long.class));
    }

    private Map<String, Long> funnel() {
        return TestStaff.as("rita", StaffRole.RECRUITER, () -> stats.snapshot().funnel());
    }
}
