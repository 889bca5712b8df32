package cn.whuh.portal.triage;

import cn.whuh.portal.lead.TestLeads;
import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard's "new today": the NEW leads of one Beijing day, newest first, as the recruiter may see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewTodayTest {

    @Autowired
    LeadRepository leads;
    @Autowired
    LeadQueue queue;

    @Test
    void theNewLeadsOfOneBeijingDayNewestFirst() {
        // a day of its own, long ago, so that other tests' leads do not count
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3_000));
        ZonedDateTime start = day.atStartOfDay(ClockConfig.SITE_ZONE);
        Instant from = start.toInstant();
        Instant until = start.plusDays(1).toInstant();
        String first = lead(from, null, LeadStatus.NEW);
        String last = lead(until.minusMillis(1), null, LeadStatus.NEW);
        String mine = lead(from.plusSeconds(3_600), "recruiter-new-today", LeadStatus.NEW);
        String colleagues = lead(from.plusSeconds(7_200), "someone-else", LeadStatus.NEW);
        lead(from.minusMillis(1), null, LeadStatus.NEW); // the day before
        lead(until, null, LeadStatus.NEW); // the day after
        lead(from.plusSeconds(60), null, LeadStatus.CONTACT_ATTEMPTED); // already worked on

        assertThat(TestStaff.as("recruiter-new-today", StaffRole.RECRUITER,
                () -> queue.newReceivedBetween(from, until, 10)))
                .extracting(QueueRow::reference).containsExactly(last, mine, first);
        assertThat(TestStaff.as("investigator-new-today", StaffRole.INVESTIGATOR,
                () -> queue.newReceivedBetween(from, until, 10)))
                .extracting(QueueRow::reference).containsExactly(last, colleagues, mine, first);
        assertThat(TestStaff.as("investigator-new-today", StaffRole.INVESTIGATOR,
                () -> queue.newReceivedBetween(from, until, 2)))
                .extracting(QueueRow::reference).containsExactly(last, colleagues);
    }

    private String lead(Instant receivedAt, String assignedTo, LeadStatus status) {
        return TestLeads.save(leads, "NT-" + TestLeads.digits(7), "+86139" + TestLeads.digits(8), "New Today",
                receivedAt, lead -> {
                    if (assignedTo != null) {
                        lead.assign("test", assignedTo, receivedAt);
                    }
                    TestLeads.moveTo(lead, status);
                });
    }
}
