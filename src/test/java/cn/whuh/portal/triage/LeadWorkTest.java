package cn.whuh.portal.triage;

import cn.whuh.portal.lead.StatusChange;
import cn.whuh.portal.lead.LeadRefusedException;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.lead.AttemptResult;
import cn.whuh.portal.lead.LeadEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.Reference;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadWorkTest {

    @Autowired
    LeadWork work;
    @Autowired
    LeadRepository leads;
    @Autowired
    AuditLog auditLog;

    @Test
    void attemptsMoveTheLeadAndTheThirdUnansweredSuggestsUnreachable() {
        String ref = newLead("138" + randomDigits(8));
        TestStaff.as("rita", StaffRole.RECRUITER, () -> {
            work.logAttempt(ref, AttemptResult.NO_ANSWER, null);
            LeadCase once = work.reload(ref);
            assertThat(once.lead().getStatus()).isEqualTo(LeadStatus.CONTACT_ATTEMPTED);
            assertThat(once.lead().getFirstContactAt()).isNotNull();
            assertThat(once.lead().suggestUnreachable()).isFalse();
            work.logAttempt(ref, AttemptResult.LEFT_MESSAGE, "voicemail");
            work.logAttempt(ref, AttemptResult.NO_ANSWER, null);
            assertThat(work.reload(ref).lead().suggestUnreachable()).isTrue();
            work.logAttempt(ref, AttemptResult.REACHED, "talked 10 min");
            LeadCase reached = work.reload(ref);
            assertThat(reached.lead().getStatus()).isEqualTo(LeadStatus.REACHED);
            assertThat(reached.lead().suggestUnreachable()).isFalse();
            assertThat(reached.lead().history()).extracting(LeadEvent::getKind).containsExactly(
                    LeadEvent.Kind.ASSIGNMENT, LeadEvent.Kind.ATTEMPT,
                    LeadEvent.Kind.STATUS, LeadEvent.Kind.ATTEMPT, LeadEvent.Kind.ATTEMPT, LeadEvent.Kind.ATTEMPT,
                    LeadEvent.Kind.STATUS);
        });
        assertThat(auditLog.byAction("LEAD_ATTEMPT")).filteredOn(e -> ref.equals(e.getLeadReference())).hasSize(4);
    }

    @Test
    void statusChangesFollowTheWorkflowAndRefusalsChangeNothing() {
        String ref = newLead("139" + randomDigits(8));
        TestStaff.as("rita", StaffRole.RECRUITER, () -> {
            assertRefused(ref, new StatusChange(LeadStatus.ENROLLED, null, null, null, null),
                    "lead.refused.transition");
            work.logAttempt(ref, AttemptResult.REACHED, null);
            assertRefused(ref, new StatusChange(LeadStatus.SCREENING_SCHEDULED, null, null, null, null),
                    "lead.refused.screeningAt");
            assertRefused(ref, new StatusChange(LeadStatus.SCREENING_SCHEDULED, null, null,
                    LocalDateTime.now().minusDays(1), null), "lead.refused.screeningAt");
            LocalDateTime visit = LocalDateTime.now().plusDays(3).withNano(0);
            work.changeStatus(ref, new StatusChange(LeadStatus.SCREENING_SCHEDULED, null, null, visit, null));
            Lead scheduled = work.reload(ref).lead();
            assertThat(scheduled.getStatus()).isEqualTo(LeadStatus.SCREENING_SCHEDULED);
            assertThat(scheduled.getNextActionDate()).isEqualTo(visit.toLocalDate());
            assertThat(scheduled.getScreeningAt()).isNotNull();

            assertRefused(ref, new StatusChange(LeadStatus.NOT_ELIGIBLE, null, "labs", null, null),
                    "lead.refused.reason");
            assertRefused(ref, new StatusChange(LeadStatus.NOT_ELIGIBLE, "MEDICAL_RECORDS", " ", null, null),
                    "lead.refused.noteRequired");
            work.changeStatus(ref, new StatusChange(LeadStatus.NOT_ELIGIBLE, "MEDICAL_RECORDS",
                    "eGFR too low in records", null, LocalDate.now().plusMonths(6)));
            Lead closed = work.reload(ref).lead();
            assertThat(closed.getStatus()).isEqualTo(LeadStatus.NOT_ELIGIBLE);
            assertThat(closed.getRecontactDate()).isEqualTo(LocalDate.now().plusMonths(6));
            assertThatThrownBy(() -> work.logAttempt(ref, AttemptResult.NO_ANSWER, null))
                    .isInstanceOf(LeadRefusedException.class);
        });
        assertThat(auditLog.byAction("LEAD_STATUS_CHANGED")).filteredOn(e -> ref.equals(e.getLeadReference()))
                .extracting(AuditEvent::getDetail)
                .containsExactly("status=REACHED->SCREENING_SCHEDULED",
                        "status=SCREENING_SCHEDULED->NOT_ELIGIBLE reason=MEDICAL_RECORDS");
    }

    @Test
    void viewingRevealingNotesAndAssignmentAreAuditedAndRecruitersKeepToTheirLeads() {
        String phone = "137" + randomDigits(8);
        String first = newLead(phone);
        String second = newLead("+86" + phone);
        TestStaff.as("rita", StaffRole.RECRUITER, () -> {
            LeadCase opened = work.open(second);
            assertThat(opened.duplicates()).extracting(LeadCase.Duplicate::reference).containsExactly(first);
            work.revealContact(second);
            work.addNote(second, "Prefers calls after 6 pm");
            assertThatThrownBy(() -> work.addNote(second, "   ")).isInstanceOf(LeadRefusedException.class);
            assertThatThrownBy(() -> work.assign(second, "someone-else")).isInstanceOf(StaffException.class);
            work.assign(second, "rita");
        });
        TestStaff.as("rosa", StaffRole.RECRUITER, () -> assertThatThrownBy(() -> work.open(second))
                .isInstanceOf(StaffException.class).hasMessage("staff.lead.error.notYours"));
        TestStaff.as("ivan", StaffRole.INVESTIGATOR, () -> {
            work.assign(second, "rosa");
            assertThat(work.open(second).lead().getAssignedTo()).isEqualTo("rosa");
        });
        assertThat(TestStaff.as("admin", StaffRole.ADMIN, () -> auditLog.forLead(second)))
                .extracting(AuditEvent::getAction)
                .containsSubsequence("LEAD_VIEWED", "CONTACT_REVEALED", "LEAD_NOTE_ADDED", "LEAD_ASSIGNED",
                        "LEAD_ASSIGNED", "LEAD_VIEWED")
                .allMatch(action -> !action.isBlank());
        assertThat(TestStaff.as("admin", StaffRole.ADMIN, () -> auditLog.forLead(second)))
                .allMatch(e -> e.getDetail() == null || !e.getDetail().contains(phone));
    }

    @Test
    void theSameEMailInAnotherCaseMarksADuplicate() {
        String mailbox = "Dup." + randomDigits(8);
        String first = TestLeads.save(leads, "TW-" + randomDigits(6), "+86138" + randomDigits(8), "邮箱 一",
                Instant.now(), lead -> { }, mailbox + "@Example.org");
        String second = TestLeads.save(leads, "TW-" + randomDigits(6), "+86139" + randomDigits(8), "邮箱 二",
                Instant.now(), lead -> { }, mailbox.toLowerCase() + "@example.ORG");
        assertThat(TestStaff.as("ivan", StaffRole.INVESTIGATOR, () -> work.reload(second).duplicates()))
                .extracting(LeadCase.Duplicate::reference).containsExactly(first);
    }

    @Test
    void duplicatesAreClosedInOneActionEachNamingTheKeptLead() {
        String phone = "136" + randomDigits(8);
        String kept = newLead(phone);
        String again = newLead(phone);
        String third = newLead("+86" + phone);
        TestStaff.as("ivan", StaffRole.INVESTIGATOR, () -> {
            assertThat(work.open(kept).duplicates()).extracting(LeadCase.Duplicate::reference)
                    .containsExactlyInAnyOrder(again, third);
            work.closeDuplicates(kept, List.of(again, third), "same person, sent twice");
            for (String closed : List.of(again, third)) {
                Lead lead = work.reload(closed).lead();
                assertThat(lead.getStatus()).isEqualTo(LeadStatus.DUPLICATE);
                assertThat(lead.getDuplicateOf()).map(Reference::value).contains(kept);
                assertThat(lead.history().getLast().getReasonCode()).isEqualTo("SAME_PERSON");
            }
            assertThat(work.reload(kept).lead().getStatus()).isEqualTo(LeadStatus.NEW);
        });
        assertThat(auditLog.byAction("LEAD_STATUS_CHANGED")).filteredOn(e -> again.equals(e.getLeadReference()))
                .extracting(AuditEvent::getDetail).containsExactly("status=NEW->DUPLICATE reason=SAME_PERSON of=" + kept);
    }

    @Test
    void revealingAnUnassignedLeadMakesItTheRecruitersAndAStalePageIsToldWhoChangedIt() {
        String ref = newLead("135" + randomDigits(8));
        long seen = TestStaff.as("rita", StaffRole.RECRUITER, () -> work.open(ref).lead().getVersion());
        TestStaff.as("rosa", StaffRole.RECRUITER, () -> work.revealContact(ref));
        TestStaff.as("rita", StaffRole.RECRUITER, () -> {
            assertThatThrownBy(() -> work.ensureUnchanged(ref, seen)).isInstanceOfSatisfying(StaffException.class,
                    e -> {
                        assertThat(e.messageKey()).isEqualTo("staff.lead.error.notYours");
                        assertThat(e.args()).containsExactly("rosa");
                    });
        });
        TestStaff.as("ivan", StaffRole.INVESTIGATOR, () -> {
            assertThat(work.open(ref).lead().getAssignedTo()).isEqualTo("rosa");
            assertThatThrownBy(() -> work.ensureUnchanged(ref, seen)).isInstanceOfSatisfying(StaffException.class,
                    e -> {
                        assertThat(e.messageKey()).isEqualTo("staff.lead.error.changed");
                        assertThat(e.args()[0]).isEqualTo("rosa");
                    });
        });
    }

    @Test
    void aRecruiterPlansCallbacksForThemselvesAndAPastOneIsRefused() {
        String ref = newLead("133" + randomDigits(8));
        TestStaff.as("rita", StaffRole.RECRUITER, () -> {
            assertThatThrownBy(() -> work.scheduleCallback(ref, LocalDateTime.now(ClockConfig.SITE_ZONE).minusHours(1),
                    "ask about travel", null)).isInstanceOf(LeadRefusedException.class)
                    .hasMessage("lead.refused.callbackPast");
            assertThatThrownBy(() -> work.scheduleCallback(ref, LocalDateTime.now(ClockConfig.SITE_ZONE).plusHours(2),
                    "ask about travel", "rosa")).isInstanceOf(StaffException.class);
            work.scheduleCallback(ref, LocalDateTime.now(ClockConfig.SITE_ZONE).plusHours(2), "ask about travel",
                    null);
            Lead lead = work.reload(ref).lead();
            assertThat(lead.getCallback()).map(c -> c.caller() + ": " + c.purpose()).contains("rita: ask about travel");
            assertThat(lead.getAssignedTo()).as("planning a callback claims the lead").isEqualTo("rita");
        });
    }

    private void assertRefused(String ref, StatusChange change, String key) {
        LeadStatus before = work.reload(ref).lead().getStatus();
        assertThatThrownBy(() -> work.changeStatus(ref, change)).isInstanceOf(LeadRefusedException.class)
                .hasMessage(key);
        assertThat(work.reload(ref).lead().getStatus()).isEqualTo(before);
    }

    private String newLead(String phone) {
        String ref = "TW-" + randomDigits(6);
        return TestLeads.save(leads, ref, phone, "测试 " + ref);
    }

    private static String randomDigits(int n) {
        return TestLeads.digits(n);
    }
}
