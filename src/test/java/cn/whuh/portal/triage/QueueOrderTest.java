package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.AttemptResult;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.Reference;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Due;
import cn.whuh.portal.triage.LeadFilter.Scope;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The queue's default order serves speed to contact: callbacks due now, then fresh untouched leads, long-dead
 * ones last; people ruled out who only asked about future studies are on their own list, not in the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueueOrderTest {

    @Autowired
    LeadRepository leads;
    @Autowired
    LeadQueue queue;

    private final String name = "Order " + TestLeads.digits(8);
    private final Instant now = Instant.now();

    @Test
    void callbacksDueNowAndFreshLeadsComeFirstLongDeadOnesSink() {
        String longDead = received(Duration.ofDays(179));
        String fresh30h = received(Duration.ofHours(30));
        String fresh1h = received(Duration.ofHours(1));
        String overdue3d = received(Duration.ofDays(3));
        String callbackNow = TestLeads.save(leads, "QO-" + TestLeads.digits(7), "+86136" + TestLeads.digits(8), name,
                now.minus(Duration.ofDays(20)), lead -> {
                    lead.logAttempt("test", AttemptResult.NO_ANSWER, null, now.minus(Duration.ofDays(19)));
                    lead.scheduleCallback("test", LocalDateTime.now(ClockConfig.SITE_ZONE).minusMinutes(10),
                            "Try again", "test", now.minus(Duration.ofHours(1)));
                });
        String ruledOut = ruledOut();

        assertThat(page(Scope.OPEN)).containsExactly(callbackNow, fresh30h, fresh1h, overdue3d, longDead);
        assertThat(page(Scope.FUTURE)).containsExactly(ruledOut);
        assertThat(page(Scope.ALL)).contains(ruledOut).hasSize(6);
        // a narrow window around the two: other tests of this context add fresh leads too
        assertThat(TestStaff.as("investigator-order", StaffRole.INVESTIGATOR,
                () -> queue.newReceivedBetween(now.minus(Duration.ofMinutes(61)), now.minus(Duration.ofMinutes(59)), 500)))
                .extracting(QueueRow::reference).contains(fresh1h).doesNotContain(ruledOut);
    }

    private List<String> page(Scope scope) {
        LeadFilter filter = new LeadFilter(scope, null, null, Assignment.ANY, Due.ANY, null, name);
        return TestStaff.as("investigator-order", StaffRole.INVESTIGATOR, () -> queue.page(filter, List.of(), 0, 50))
                .stream().map(QueueRow::reference).toList();
    }

    private String received(Duration ago) {
        return TestLeads.save(leads, "QO-" + TestLeads.digits(7), "+86136" + TestLeads.digits(8), name,
                now.minus(ago), lead -> { });
    }

    private String ruledOut() {
        String reference = "QO-" + TestLeads.digits(7);
        leads.save(new Lead(Reference.of(reference), "NCT06106906", "test", Outcome.NOT_ELIGIBLE, "{}",
                "{\"criteria\":[]}", TestLeads.contact(name, "+86136" + TestLeads.digits(8), null, "zh", null),
                now.minus(Duration.ofHours(1))));
        return reference;
    }
}
