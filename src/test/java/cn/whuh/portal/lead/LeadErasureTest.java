package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.prescreen.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Erasing a lead's personal data, withdrawing consent and the retention dates, in the aggregate alone (no Spring,
 * no database), as in {@link LeadTest}.
 */
class LeadErasureTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final Retention RETENTION = new Retention(Period.ofDays(180), Period.ZERO, Period.ofYears(2),
            Duration.ofHours(1));
    private static final String EVALUATION = """
            {"questionnaireVersion":"3","today":"2026-12-03","outcome":"NEEDS_REVIEW","criteria":[
             {"id":"I4","status":"FAIL","title":{"en":"Diagnosis","zh":"诊断"},
              "reason":{"en":"Diagnosed 2026-10","zh":"2026-10 确诊"},"recheckFrom":"2027-04-16"}]}""";

    @Test
    void erasingRemovesWhoThePersonIsAndWhatTheySaidAndKeepsTheCounts() {
        Lead lead = lead(Outcome.NEEDS_REVIEW);
        lead.logAttempt("rita", AttemptResult.NO_ANSWER, "Mother answered, call after 6", NOW.plusSeconds(60));
        lead.scheduleCallback("rita", LocalDateTime.of(2026, 12, 9, 18, 0), "ask about the biopsy", null,
                NOW.plusSeconds(120));

        lead.erasePersonalData("admin", "Asked by phone", NOW.plusSeconds(180));

        LeadContact left = lead.getContact();
        assertThat(left.fullName()).isNull();
        assertThat(left.phone()).isNull();
        assertThat(left.email()).isNull();
        assertThat(left.wechatId()).isNull();
        assertThat(left.preferredContactTime()).isNull();
        assertThat(lead.getAnswersJson()).isNull();
        assertThat(lead.getEvaluationJson()).contains("\"I4\"", "FAIL", "Diagnosis")
                .doesNotContain("2026-10", "reason", "2027-04-16");
        assertThat(lead.getRecheckFrom()).isNull();
        assertThat(lead.getCallback()).isEmpty();
        assertThat(lead.getNextActionDate()).isNull();
        assertThat(lead.history().subList(0, lead.history().size() - 1)).extracting(LeadEvent::getNote)
                .hasSizeGreaterThan(2).containsOnlyNulls();
        assertThat(lead.history().getLast().getKind()).isEqualTo(LeadEvent.Kind.ERASURE);
        assertThat(lead.history().getLast().getNote()).isEqualTo("Asked by phone");
        // what counts stays
        assertThat(lead.getReference().value()).isEqualTo("LP-TEST3");
        assertThat(lead.getOutcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTACT_ATTEMPTED);
        assertThat(lead.getCreatedAt()).isEqualTo(NOW);
        assertThat(lead.getFirstContactAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(lead.getSource().utmSource()).isEqualTo("wechat");
        assertThat(lead.isErased()).isTrue();
        assertThat(lead.privacy().erasedAt()).isEqualTo(NOW.plusSeconds(180));
        assertThat(lead.privacy().erasureReason()).isEqualTo("Asked by phone");
    }

    @Test
    void anErasedLeadRefusesEveryChangeAndASecondErasure() {
        Lead lead = lead(Outcome.NEEDS_REVIEW);
        lead.erasePersonalData("admin", "test", NOW);
        int events = lead.history().size();
        assertErased(() -> lead.logAttempt("rita", AttemptResult.REACHED, null, NOW));
        assertErased(() -> lead.changeStatus("rita", new StatusChange(LeadStatus.NOT_INTERESTED, "DECLINED", "x",
                null, null), NOW));
        assertErased(() -> lead.addNote("rita", "a note", NOW));
        assertErased(() -> lead.assign("rita", "rita", NOW));
        assertErased(() -> lead.scheduleCallback("rita", LocalDateTime.of(2026, 12, 9, 9, 0), "x", null, NOW));
        assertErased(() -> lead.erasePersonalData("admin", "again", NOW));
        assertErased(() -> lead.withdrawConsent("patient", NOW));
        assertThat(lead.history()).hasSize(events);
    }

    @Test
    void anErasureNeedsAShortReason() {
        Lead lead = lead(Outcome.NEEDS_REVIEW);
        assertThatThrownBy(() -> lead.erasePersonalData("admin", " ", NOW)).hasMessage("lead.refused.erasureReason");
        assertThatThrownBy(() -> lead.erasePersonalData("admin", "x".repeat(201), NOW))
                .hasMessage("lead.refused.erasureReasonLong");
        assertThat(lead.isErased()).isFalse();
        assertThat(lead.getContact().fullName()).isEqualTo("Li Na");
    }

    @Test
    void withdrawingMakesAnyLeadWithdrawnAndErasedOnce() {
        for (LeadStatus from : LeadStatus.values()) {
            Lead lead = lead(Outcome.NEEDS_REVIEW);
            TestLeads.moveTo(lead, from);
            lead.withdrawConsent("patient", NOW.plusSeconds(60));
            assertThat(lead.getStatus()).as(from.name()).isEqualTo(LeadStatus.WITHDRAWN);
            assertThat(lead.isErased()).isTrue();
            assertThat(lead.privacy().erasureReason()).isEqualTo(Lead.WITHDRAWAL);
            assertThat(lead.getContact().phone()).isNull();
            long withdrawals = lead.history().stream().filter(e -> e.getToStatus() == LeadStatus.WITHDRAWN).count();
            assertThat(withdrawals).as(from.name()).isEqualTo(1);
            assertErased(() -> lead.withdrawConsent("patient", NOW.plusSeconds(61)));
        }
    }

    @Test
    void optingOutOfFutureStudiesKeepsAQualifiedLeadAndWithdrawsARuledOutOne() {
        Lead qualified = lead(Outcome.NEEDS_REVIEW);
        qualified.addConsent(ConsentKind.FUTURE_STUDIES, "1", "zh", "0".repeat(64), NOW);
        qualified.optOutOfFutureStudies("patient", NOW);
        assertThat(qualified.isConsentFuture()).isFalse();
        assertThat(qualified.isErased()).isFalse();
        assertThat(qualified.history().getLast().getKind()).isEqualTo(LeadEvent.Kind.CONSENT);
        assertThatThrownBy(() -> qualified.optOutOfFutureStudies("patient", NOW))
                .hasMessage("lead.refused.noFutureConsent");

        Lead ruledOut = lead(Outcome.NOT_ELIGIBLE);
        ruledOut.addConsent(ConsentKind.FUTURE_STUDIES, "1", "zh", "0".repeat(64), NOW);
        ruledOut.optOutOfFutureStudies("patient", NOW);
        assertThat(ruledOut.getStatus()).isEqualTo(LeadStatus.WITHDRAWN);
        assertThat(ruledOut.isErased()).isTrue();
    }

    @Test
    void personalDataIsDueByStatusOutcomeAndTheDayOfClosing() {
        Lead active = lead(Outcome.LIKELY_ELIGIBLE);
        TestLeads.moveTo(active, LeadStatus.SCREENING_SCHEDULED);
        assertThat(active.erasureDue(RETENTION)).isEmpty();
        Lead enrolled = lead(Outcome.NEEDS_REVIEW);
        TestLeads.moveTo(enrolled, LeadStatus.ENROLLED);
        assertThat(enrolled.erasureDue(RETENTION)).isEmpty();

        Lead closed = lead(Outcome.NEEDS_REVIEW);
        // 20:00 UTC is the next day in Wuhan: the clock runs from the site's day
        closed.changeStatus("rita", new StatusChange(LeadStatus.NOT_INTERESTED, "DECLINED", "no", null, null),
                Instant.parse("2026-12-04T20:00:00Z"));
        assertThat(closed.erasureDue(RETENTION)).contains(LocalDate.of(2026, 12, 5).plusDays(180));

        Lead ruledOut = lead(Outcome.NOT_ELIGIBLE);
        assertThat(ruledOut.erasureDue(RETENTION)).contains(LocalDate.of(2028, 12, 3));

        Lead withdrawn = lead(Outcome.NEEDS_REVIEW);
        withdrawn.changeStatus("rita", new StatusChange(LeadStatus.WITHDRAWN, "PATIENT_REQUEST", "asked", null, null),
                NOW);
        assertThat(withdrawn.erasureDue(RETENTION)).contains(LocalDate.of(2026, 12, 3));

        Lead calledBack = lead(Outcome.NEEDS_REVIEW);
        TestLeads.moveTo(calledBack, LeadStatus.UNREACHABLE);
        assertThat(calledBack.erasureDue(RETENTION)).isPresent();
        calledBack.logAttempt("rita", AttemptResult.REACHED, null, NOW);
        assertThat(calledBack.erasureDue(RETENTION)).as("reached again: being worked on").isEmpty();

        withdrawn.erasePersonalData("retention", Lead.RETENTION, NOW);
        assertThat(withdrawn.erasureDue(RETENTION)).as("erased: nothing left to erase").isEmpty();
    }

    private static void assertErased(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(LeadRefusedException.class).hasMessage("lead.refused.erased");
    }

    private static Lead lead(Outcome outcome) {
        Lead lead = new Lead(Reference.of("LP-TEST3"), "NCT06106906", "3", outcome, "{\"diagnosis_month\":\"2026-10\"}",
                EVALUATION, new LeadContact(new ValidContact("Li Na", "+8613800138000", "li@example.com", "li_na_88",
                        "zh", "after 6 pm")), NOW);
        lead.comesFrom(new VisitorSource("wechat", null, null, null, null, null));
        lead.mayQualifyFrom(LocalDate.of(2027, 4, 16));
        return lead;
    }
}
