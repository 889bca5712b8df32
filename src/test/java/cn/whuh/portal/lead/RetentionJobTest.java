package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.notify.MailMessage;
import cn.whuh.portal.notify.MailMessageRepository;
import cn.whuh.portal.notify.MailStatus;
import cn.whuh.portal.prescreen.Answers;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.triage.LeadWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The erasure job with a fixed clock ({@link RetentionJob#eraseDue} at a chosen instant): what is due and what
 * is not, a run interrupted by a lead that cannot be erased, two runs, two instances at once, and the mail of an
 * erased lead. Its own context: the job's schedule never fires here, and no other test's leads are erased.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.retention.check-every=PT1000H", "portal.retention.closed=180d",
            "portal.retention.withdrawn=0d", "portal.retention.ruled-out=2y"})
class RetentionJobTest {

    @Autowired
    RetentionJob job;
    @Autowired
    LeadRepository leads;
    @Autowired
    LeadService service;
    @Autowired
    LeadWork work;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ClockConfig.SITE_ZONE);

    @Test
    void eachKindOfLeadIsErasedOnItsDayAndNotBefore() {
        String closed = save(Outcome.NEEDS_REVIEW, LeadStatus.NOT_INTERESTED);
        String withdrawn = save(Outcome.NEEDS_REVIEW, LeadStatus.WITHDRAWN);
        String ruledOut = save(Outcome.NOT_ELIGIBLE, LeadStatus.NEW);
        String active = save(Outcome.LIKELY_ELIGIBLE, LeadStatus.SCREENING_SCHEDULED);
        String enrolled = save(Outcome.NEEDS_REVIEW, LeadStatus.ENROLLED);

        job.eraseDue(at(today));
        assertErased(withdrawn, true);
        assertErased(closed, false);
        job.eraseDue(at(today.plusDays(179)));
        assertErased(closed, false);
        job.eraseDue(at(today.plusDays(180)));
        assertErased(closed, true);
        assertErased(ruledOut, false);
        job.eraseDue(at(today.plusYears(2).minusDays(1)));
        assertErased(ruledOut, false);
        job.eraseDue(at(today.plusYears(2)));
        assertErased(ruledOut, true);
        job.eraseDue(at(today.plusYears(50)));
        assertErased(active, false);
        assertErased(enrolled, false);

        assertThat(leads.findByReference(closed).orElseThrow().privacy().erasureReason()).isEqualTo(Lead.RETENTION);
        assertThat(auditLog.byAction(LeadErasure.ERASED)).filteredOn(e -> closed.equals(e.getLeadReference()))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(RetentionJob.ACTOR);
                    assertThat(e.getDetail()).isEqualTo("by=retention");
                });
        assertThat(auditLog.byAction(RetentionJob.RUN)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getDetail()).matches("erased=\\d+ failed=\\d+"));
    }

    @Test
    void anInterruptedRunLeavesNoHalfErasedLeadAndTheNextRunsFinishOnce() {
        String first = save(Outcome.NEEDS_REVIEW, LeadStatus.UNREACHABLE);
        String broken = save(Outcome.NEEDS_REVIEW, LeadStatus.UNREACHABLE);
        String last = save(Outcome.NEEDS_REVIEW, LeadStatus.UNREACHABLE);
        jdbc.update("update leads set evaluation_json = 'not json' where reference = ?", broken);
        Instant later = at(today.plusDays(400));

        RetentionJob.Run interrupted = job.eraseDue(later);
        assertThat(interrupted.failed()).isEqualTo(1);
        assertErased(first, true);
        assertErased(last, true);
        Map<String, Object> untouched = jdbc.queryForMap("select * from leads where reference = ?", broken);
        assertThat(untouched.get("erased_at")).isNull();
        assertThat(untouched.get("phone")).isNotNull();
        assertThat(untouched.get("full_name")).isNotNull();
        assertThat(untouched.get("answers_json")).isNotNull();

        jdbc.update("update leads set evaluation_json = '{\"criteria\":[]}' where reference = ?", broken);
        assertThat(job.eraseDue(later)).isEqualTo(new RetentionJob.Run(1, 0));
        assertErased(broken, true);
        assertThat(job.eraseDue(later)).isEqualTo(new RetentionJob.Run(0, 0));
        for (String reference : List.of(first, broken, last)) {
            assertThat(erasures(reference)).as(reference).isOne();
        }
    }

    @Test
    void twoInstancesRunningAtOnceEraseEachLeadOnce() throws Exception {
        List<String> due = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            due.add(save(Outcome.NEEDS_REVIEW, LeadStatus.NOT_INTERESTED));
        }
        Instant later = at(today.plusDays(800));
        int before = jdbc.queryForObject("select count(*) from leads where erased_at is not null", Integer.class);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        Future<RetentionJob.Run> one = instances.submit(() -> job.eraseDue(later));
        Future<RetentionJob.Run> two = instances.submit(() -> job.eraseDue(later));
        int erased = one.get().erased() + two.get().erased();
        instances.shutdown();
        int after = jdbc.queryForObject("select count(*) from leads where erased_at is not null", Integer.class);

        assertThat(erased).isEqualTo(after - before).isGreaterThanOrEqualTo(due.size());
        for (String reference : due) {
            assertErased(reference, true);
            assertThat(erasures(reference)).as(reference).isOne();
        }
    }

    @Test
    void theMailOfAnErasedLeadIsNotSentAndLosesRecipientAndBody() {
        String phone = "136" + TestLeads.digits(8);
        String reference = service.submit(new LeadSubmission("NCT06106906", Answers.likelyEligible(),
                new ContactDetails("陈静", phone, "cj" + TestLeads.digits(5) + "@example.com", null, "zh", null),
                new ConsentChoices(true, true, false), Locale.SIMPLIFIED_CHINESE, VisitorSource.NONE, null))
                .reference();
        assertThat(messages.findByLeadReferenceOrderByIdAsc(reference)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.KEPT));
        TestStaff.as("ian", StaffRole.INVESTIGATOR, () -> work.changeStatus(reference,
                new StatusChange(LeadStatus.NOT_INTERESTED, "DECLINED", "does not wish to travel", null, null)));

        job.eraseDue(at(today.plusDays(181)));

        assertThat(messages.findByLeadReferenceOrderByIdAsc(reference)).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailStatus.CANCELLED);
            assertThat(m.getRecipient()).isNull();
            assertThat(m.getHtmlBody()).isNull();
            assertThat(m.getTextBody()).isNull();
        });
        assertThat(messages.findByLeadReferenceOrderByIdAsc(reference)).extracting(MailMessage::getSubject)
                .allSatisfy(subject -> assertThat(subject).doesNotContain(phone));
    }

    private String save(Outcome outcome, LeadStatus status) {
        String reference = "TR-" + TestLeads.digits(6);
        Lead lead = new Lead(Reference.of(reference), "NCT06106906", "test", outcome, "{\"age_years\":40}",
                "{\"criteria\":[]}", TestLeads.contact("保留 测试", "+86135" + TestLeads.digits(8), null, "zh", null),
                Instant.now());
        TestLeads.moveTo(lead, status);
        leads.save(lead);
        return reference;
    }

    private void assertErased(String reference, boolean erased) {
        Map<String, Object> row = jdbc.queryForMap("select erased_at, phone from leads where reference = ?", reference);
        assertThat(row.get("erased_at") != null).as(reference + " erased").isEqualTo(erased);
        assertThat(row.get("phone") == null).as(reference + " without phone").isEqualTo(erased);
    }

    private int erasures(String reference) {
        return jdbc.queryForObject("select count(*) from lead_event e join leads l on l.id = e.lead_id "
                + "where l.reference = ? and e.kind = 'ERASURE'", Integer.class, reference);
    }

    /** A moment of that day in Wuhan, shortly after midnight. */
    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(0, 30)).atZone(ClockConfig.SITE_ZONE).toInstant();
    }
}
