package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.FunnelCounter;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.TestLeads;
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
    @Autowired
    LeadRepository leads;

    @Test
    void funnelStartsWithQuestionnairesStartedAndCompletedThenFollowsTheLeads() {
        Map<String, Long> before = funnel();
        assertThat(before.keySet()).containsExactly("STARTED", "COMPLETED", "RECEIVED", "CONTACTED",
                "SCREENING_SCHEDULED", "SCREENED", "ENROLLED");

        // outside a browser session every call counts
        counter.started("NCT06106906");
        counter.started("NCT06106906");
        counter.started("NCT06106906");

        Map<String, Long> after = funnel();
        assertThat(after.get("STARTED")).isEqualTo(before.get("STARTED") + 3);
        assertThat(after.get("RECEIVED")).isEqualTo(jdbc.queryForObject("select count(*) from leads", Long.class));
        assertNeverMoreAtALaterStep(after);
    }

    @Test
    void leadsThatCameWithoutThePortalsQuestionnaireCountAsStartedAndCompleted() {
        Map<String, Long> before = funnel();
        // stored without a questionnaire count, as demo leads are (and API leads' questionnaires ran elsewhere)
        TestLeads.save(leads, "FS-" + TestLeads.digits(7), "+86135" + TestLeads.digits(8), "Funnel");
        Map<String, Long> after = funnel();
        assertThat(after.get("RECEIVED")).isEqualTo(before.get("RECEIVED") + 1);
        assertThat(after.get("COMPLETED")).isEqualTo(before.get("COMPLETED") + 1);
        assertThat(after.get("STARTED")).isEqualTo(before.get("STARTED") + 1);
        assertNeverMoreAtALaterStep(after);
        assertThat(TestStaff.as("rita", StaffRole.RECRUITER, () -> stats.snapshot().conversionBySource()))
                .anySatisfy(source -> assertThat(source.source()).isEmpty());
    }

    /** Never "0 started" above "46 received": each step holds at most as many as the one before. */
    private static void assertNeverMoreAtALaterStep(Map<String, Long> funnel) {
        Long previous = null;
        for (Map.Entry<String, Long> step : funnel.entrySet()) {
            if (previous != null) {
                assertThat(step.getValue()).as(step.getKey()).isLessThanOrEqualTo(previous);
            }
            previous = step.getValue();
        }
    }

    private Map<String, Long> funnel() {
        return TestStaff.as("rita", StaffRole.RECRUITER, () -> stats.snapshot().funnel());
    }
}
