package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.notify.MailKind;
import cn.whuh.portal.notify.SmtpContext;
import cn.whuh.portal.prescreen.Answers;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.triage.LeadWork;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The person's door through the service and over HTTP: the access rules, one withdrawal, opt-out, download. */
class PatientDoorTest extends SmtpContext {

    @LocalServerPort
    int port;
    @Autowired
    LeadService service;
    @Autowired
    PatientDoor door;
    @Autowired
    LeadWork work;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    private record Made(String reference, String phone, String token) {
    }

    private Made lead(boolean future) {
        String phone = "137" + TestLeads.digits(8);
        LeadService.SubmittedLead lead = service.submit(new LeadSubmission("NCT06106906", Answers.likelyEligible(),
                new ContactDetails("李娜", phone, null, null, "zh", "after 6 pm"),
                new ConsentChoices(true, true, future), Locale.SIMPLIFIED_CHINESE, VisitorSource.NONE, null));
        String token = lead.personalLink().substring(lead.personalLink().lastIndexOf('/') + 1);
        return new Made(lead.reference(), phone, token);
    }

    @Test
    void aDoubleClickedWithdrawalWithdrawsOnceAndARecruitersOpenPageIsRefusedClearly() throws Exception {
        Made lead = lead(false);
        long seen = TestStaff.as("rita", StaffRole.RECRUITER, () -> work.open(lead.reference()).lead().getVersion());

        ExecutorService twice = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> clicks = new ArrayList<>();
        Callable<Boolean> click = () -> door.withdraw(lead.token());
        clicks.add(twice.submit(click));
        clicks.add(twice.submit(click));
        List<Boolean> results = new ArrayList<>();
        for (Future<Boolean> f : clicks) {
            results.add(f.get());
        }
        twice.shutdown();

        assertThat(results).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.queryForObject("select count(*) from lead_event e join leads l on l.id = e.lead_id "
                + "where l.reference = ? and e.to_status = 'WITHDRAWN'", Integer.class, lead.reference())).isOne();
        assertThat(auditLog.byAction(PatientDoor.WITHDRAWN)).filteredOn(e -> lead.reference().equals(e.getLeadReference()))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(PatientDoor.PATIENT));
        assertThat(messages.findByLeadReferenceOrderByIdAsc(lead.reference()))
                .filteredOn(m -> m.getKind() == MailKind.LEAD_WITHDRAWN).hasSize(1);

        TestStaff.as("rita", StaffRole.RECRUITER, () -> {
            assertThatThrownBy(() -> work.ensureUnchanged(lead.reference(), seen)).isInstanceOf(StaffException.class)
                    .hasMessage("staff.lead.error.changed")
                    .satisfies(e -> assertThat(((StaffException) e).args()[0]).isEqualTo(PatientDoor.PATIENT));
            assertThatThrownBy(() -> work.logAttempt(lead.reference(), AttemptResult.REACHED, null))
                    .isInstanceOf(LeadRefusedException.class).hasMessage("lead.refused.erased");
        });
        assertThat(door.find(lead.token())).hasValueSatisfying(my -> {
            assertThat(my.withdrawn()).isTrue();
            assertThat(my.held()).isEmpty();
        });
    }

    @Test
    void theDownloadHoldsWhatIsKeptAndNothingPersonalOnceWithdrawn() {
        Made lead = lead(true);
        String before = new String(door.download(lead.token()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(before).contains(lead.reference(), lead.phone(), "李娜", "after 6 pm", "age_years",
                "PRESCREEN_PROCESSING", "\"consent_future_studies\" : true");
        door.withdraw(lead.token());
        String after = new String(door.download(lead.token()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(after).contains(lead.reference(), "WITHDRAWN", "personal_data_erased_at")
                .doesNotContain(lead.phone(), "李娜", "after 6 pm", "age_years");
    }

    @Test
    void optingOutKeepsAQualifiedLeadAndIsAudited() {
        Made lead = lead(true);
        door.optOut(lead.token());
        MyLead my = door.find(lead.token()).orElseThrow();
        assertThat(my.futureContact()).isFalse();
        assertThat(my.erased()).isFalse();
        assertThat(my.held()).contains("phone");
        assertThat(auditLog.byAction(PatientDoor.OPTED_OUT)).anyMatch(e -> lead.reference().equals(e.getLeadReference()));
        assertThatThrownBy(() -> door.optOut(lead.token())).hasMessage("lead.refused.noFutureConsent");
    }

    @Test
    void aTokenOpensOnlyItsOwnLeadAndExpiresAMonthAfterErasure() {
        Made lead = lead(false);
        assertThat(door.find(lead.token())).hasValueSatisfying(my -> assertThat(my.reference()).isEqualTo(lead.reference()));
        assertThat(door.find(lead.token().substring(1))).isEmpty();
        assertThat(door.find(lead.reference())).isEmpty();
        assertThat(door.find("")).isEmpty();
        assertThat(door.find(null)).isEmpty();
        assertThatThrownBy(() -> door.withdraw("A".repeat(32))).hasMessage("lead.refused.notFound");
        door.withdraw(lead.token());
        jdbc.update("update leads set erased_at = date_sub(erased_at, interval 31 day) where reference = ?",
                lead.reference());
        assertThat(door.find(lead.token())).isEmpty();
        assertThatThrownBy(() -> door.optOut(lead.token())).hasMessage("lead.refused.notFound");
    }

    @Test
    void personalPagesAreRateLimitedPerClient() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= RateLimits.PERSONAL_PAGES_PER_HOUR; i++) {
            statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/my/"
                            + TestLeads.digits(24))).header("X-Forwarded-For", "10.62.0.1").GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertThat(statuses.subList(0, RateLimits.PERSONAL_PAGES_PER_HOUR)).containsOnly(404);
        assertThat(statuses.getLast()).isEqualTo(429);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/my/" + TestLeads.digits(24)))
                .header("X-Forwarded-For", "10.62.0.2").GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).as("another client").isEqualTo(404);
    }
}
