package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.base.config.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lead's state machine, without Spring or a database: every allowed move is made, every other refused. */
class LeadTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final LocalDateTime VISIT = LocalDateTime.of(2026, 12, 10, 9, 30);

    /** What the table allows, written out once more by hand: a change to the table must change this too. */
    private static final List<List<LeadStatus>> ALLOWED = List.of(
            List.of(LeadStatus.NEW, LeadStatus.CONTACT_ATTEMPTED), List.of(LeadStatus.NEW, LeadStatus.REACHED),
            List.of(LeadStatus.CONTACT_ATTEMPTED, LeadStatus.REACHED),
            List.of(LeadStatus.REACHED, LeadStatus.SCREENING_SCHEDULED),
            List.of(LeadStatus.REACHED, LeadStatus.CONSIDERING),
            List.of(LeadStatus.CONSIDERING, LeadStatus.REACHED),
            List.of(LeadStatus.CONSIDERING, LeadStatus.SCREENING_SCHEDULED),
            List.of(LeadStatus.SCREENING_SCHEDULED, LeadStatus.SCREENING_SCHEDULED),
            List.of(LeadStatus.SCREENING_SCHEDULED, LeadStatus.REACHED),
            List.of(LeadStatus.SCREENING_SCHEDULED, LeadStatus.SCREENED),
            List.of(LeadStatus.SCREENED, LeadStatus.ENROLLED),
            List.of(LeadStatus.ENROLLED, LeadStatus.WITHDRAWN),
            List.of(LeadStatus.UNREACHABLE, LeadStatus.REACHED));
    private static final Set<LeadStatus> ACTIVE = EnumSet.of(LeadStatus.NEW, LeadStatus.CONTACT_ATTEMPTED,
            LeadStatus.REACHED, LeadStatus.CONSIDERING, LeadStatus.SCREENING_SCHEDULED, LeadStatus.SCREENED);

    @ParameterizedTest
    @EnumSource(LeadStatus.class)
    void everyMoveFromAStatusIsMadeOrRefusedAsTheTableSays(LeadStatus from) {
        for (LeadStatus to : LeadStatus.values()) {
            boolean allowed = ALLOWED.contains(List.of(from, to)) || (ACTIVE.contains(from) && to.closed());
            Lead lead = leadIn(from);
            StatusChange change = changeTo(to);
            if (allowed) {
                int attempts = lead.getAttemptCount();
                lead.changeStatus("rita", change, NOW);
                assertThat(lead.getStatus()).as(from + " -> " + to).isEqualTo(to);
                boolean reachedNow = to == LeadStatus.REACHED;
                assertThat(lead.getAttemptCount()).as("an attempt logged by " + from + " -> " + to)
                        .isEqualTo(reachedNow ? attempts + 1 : attempts);
                LeadEvent last = lead.history().getLast();
                assertThat(last.getKind()).isEqualTo(LeadEvent.Kind.STATUS);
                assertThat(last.getFromStatus()).isEqualTo(from);
                assertThat(last.getToStatus()).isEqualTo(to);
                assertThat(last.getActor()).isEqualTo("rita");
            } else {
                int events = lead.history().size();
                assertThatThrownBy(() -> lead.changeStatus("rita", change, NOW)).as(from + " -> " + to)
                        .isInstanceOf(LeadRefusedException.class).hasMessage("lead.refused.transition");
                assertThat(lead.getStatus()).isEqualTo(from);
                assertThat(lead.history()).hasSize(events);
            }
        }
    }

    @Test
    void attemptsMoveNewAndUnreachableLeadsThemselves() {
        Lead lead = leadIn(LeadStatus.NEW);
        lead.logAttempt("rita", AttemptResult.NO_ANSWER, " ", NOW);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTACT_ATTEMPTED);
        assertThat(lead.getFirstContactAt()).isEqualTo(NOW);
        lead.logAttempt("rita", AttemptResult.LEFT_MESSAGE, null, NOW.plusSeconds(60));
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONTACT_ATTEMPTED);
        assertThat(lead.getFirstContactAt()).isEqualTo(NOW);
        assertThat(lead.getLastContactAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(lead.suggestUnreachable()).isFalse();
        lead.logAttempt("rita", AttemptResult.NO_ANSWER, null, NOW.plusSeconds(120));
        assertThat(lead.unansweredInARow()).isEqualTo(3);
        assertThat(lead.suggestUnreachable()).isTrue();

        Lead unreachable = leadIn(LeadStatus.UNREACHABLE);
        unreachable.logAttempt("rita", AttemptResult.REACHED, "called back", NOW);
        assertThat(unreachable.getStatus()).isEqualTo(LeadStatus.REACHED);
        assertThat(unreachable.unansweredInARow()).isZero();
        assertThat(unreachable.history()).extracting(LeadEvent::getKind).endsWith(LeadEvent.Kind.ATTEMPT,
                LeadEvent.Kind.STATUS);
    }

    @ParameterizedTest
    @EnumSource(value = LeadStatus.class, names = {"ENROLLED", "NOT_ELIGIBLE", "NOT_INTERESTED", "WITHDRAWN",
            "DUPLICATE"})
    void noAttemptOnALeadWhoseWorkIsDone(LeadStatus done) {
        Lead lead = leadIn(done);
        assertThatThrownBy(() -> lead.logAttempt("rita", AttemptResult.REACHED, null, NOW))
                .isInstanceOf(LeadRefusedException.class).hasMessage("lead.refused.attemptClosed");
        assertThat(lead.getStatus()).isEqualTo(done);
        assertThat(done.acceptsAttempts()).isFalse();
    }

    @Test
    void closingNeedsAReasonOfThatStatusAndANote() {
        Lead lead = leadIn(LeadStatus.REACHED);
        assertRefused(lead, new StatusChange(LeadStatus.NOT_INTERESTED, null, "no", null, null), "reason", "reason");
        assertRefused(lead, new StatusChange(LeadStatus.NOT_INTERESTED, "WRONG_NUMBER", "no", null, null), "reason",
                "reason");
        assertRefused(lead, new StatusChange(LeadStatus.NOT_INTERESTED, "DECLINED", "  ", null, null),
                "noteRequired", "note");
        assertRefused(lead, new StatusChange(LeadStatus.NOT_INTERESTED, "DECLINED", "x".repeat(Lead.MAX_NOTE + 1),
                null, null), "noteLong", "note");
        lead.changeStatus("rita", new StatusChange(LeadStatus.NOT_INTERESTED, "DECLINED", " family ", null, null),
                NOW);
        assertThat(lead.history().getLast().getReasonCode()).isEqualTo("DECLINED");
        assertThat(lead.history().getLast().getNote()).isEqualTo("family");
    }

    @Test
    void aScreeningVisitIsInTheFutureAndSetsTheNextAction() {
        Lead lead = leadIn(LeadStatus.REACHED);
        assertRefused(lead, new StatusChange(LeadStatus.SCREENING_SCHEDULED, null, null, null, null), "screeningAt",
                "screeningAt");
        LocalDateTime past = NOW.atZone(ClockConfig.SITE_ZONE).toLocalDateTime().minusMinutes(1);
        assertRefused(lead, new StatusChange(LeadStatus.SCREENING_SCHEDULED, null, null, past, null), "screeningAt",
                "screeningAt");
        lead.changeStatus("rita", new StatusChange(LeadStatus.SCREENING_SCHEDULED, null, null, VISIT, null), NOW);
        assertThat(lead.getScreeningAt()).isEqualTo(Instant.parse("2026-12-10T01:30:00Z"));
        assertThat(lead.getNextActionDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(lead.history().getLast().getScheduledAt()).isEqualTo(lead.getScreeningAt());
    }

    @Test
    void aRecontactDateIsAfterTodayInWuhan() {
        Lead lead = leadIn(LeadStatus.REACHED);
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertRefused(lead, new StatusChange(LeadStatus.NOT_ELIGIBLE, "OTHER", "later", null, today), "recontact",
                "recontactDate");
        lead.changeStatus("rita", new StatusChange(LeadStatus.NOT_ELIGIBLE, "OTHER", "later", null,
                today.plusDays(1)), NOW);
        assertThat(lead.getRecontactDate()).isEqualTo(today.plusDays(1));
    }

    @Test
    void assignmentsAndNotesAreOnTheTimelineAndTheFirstChangeClaimsAnUnassignedLead() {
        Lead lead = leadIn(LeadStatus.NEW);
        lead.assign("ivan", "rita", NOW);
        assertThat(lead.getAssignedTo()).isEqualTo("rita");
        lead.assign("rita", " ", NOW);
        assertThat(lead.getAssignedTo()).isNull();
        assertThat(lead.workableBy("rosa", false)).isTrue();
        lead.addNote("rosa", "prefers evenings", NOW);
        assertThat(lead.getAssignedTo()).as("claimed by the note").isEqualTo("rosa");
        assertThat(lead.workableBy("rita", false)).isFalse();
        assertThat(lead.workableBy("ivan", true)).isTrue();
        assertThatThrownBy(() -> lead.addNote("rosa", "", NOW)).isInstanceOf(LeadRefusedException.class);
        assertThat(lead.history()).extracting(LeadEvent::getKind).containsExactly(LeadEvent.Kind.ASSIGNMENT,
                LeadEvent.Kind.ASSIGNMENT, LeadEvent.Kind.ASSIGNMENT, LeadEvent.Kind.NOTE);
        assertThat(lead.history()).extracting(LeadEvent::getReasonCode).containsExactly("rita", null, "rosa", null);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void aCallbackIsInTheFutureSaysWhatToDoAndIsTheNextAction() {
        Lead lead = leadIn(LeadStatus.REACHED);
        LocalDateTime past = NOW.atZone(ClockConfig.SITE_ZONE).toLocalDateTime().minusMinutes(1);
        assertCallbackRefused(lead, past, "ask about travel", "callbackPast", "callbackAt");
        assertCallbackRefused(lead, null, "ask about travel", "callbackPast", "callbackAt");
        assertCallbackRefused(lead, VISIT, "  ", "callbackPurpose", "callbackPurpose");
        assertCallbackRefused(lead, VISIT, "x".repeat(Lead.MAX_PURPOSE + 1), "callbackPurposeLong",
                "callbackPurpose");
        lead.scheduleCallback("rita", VISIT, " ask about travel ", null, NOW);
        Callback planned = lead.getCallback().orElseThrow();
        assertThat(planned.at()).isEqualTo(Instant.parse("2026-12-10T01:30:00Z"));
        assertThat(planned.purpose()).isEqualTo("ask about travel");
        assertThat(planned.caller()).isEqualTo("rita");
        assertThat(planned.overdue(NOW)).isFalse();
        assertThat(planned.overdue(Instant.parse("2026-12-10T01:31:00Z"))).isTrue();
        assertThat(lead.getNextActionDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(lead.history().getLast().getKind()).isEqualTo(LeadEvent.Kind.CALLBACK);
        lead.clearCallback("rita", NOW);
        assertThat(lead.getCallback()).isEmpty();
        assertThat(lead.getNextActionDate()).isNull();
    }

    @Test
    void consideringNeedsAFollowUpWhichBecomesTheCallback() {
        Lead lead = leadIn(LeadStatus.REACHED);
        assertRefused(lead, new StatusChange(LeadStatus.CONSIDERING, null, "asks family", null, null, null),
                "followUpAt", "followUpAt");
        lead.changeStatus("rita", new StatusChange(LeadStatus.CONSIDERING, null, "asks family", null, null, VISIT),
                NOW);
        assertThat(lead.getStatus()).isEqualTo(LeadStatus.CONSIDERING);
        assertThat(lead.getCallback()).map(Callback::at).contains(Instant.parse("2026-12-10T01:30:00Z"));
        assertThat(lead.getAttemptCount()).isEqualTo(1);
    }

    private static void assertCallbackRefused(Lead lead, LocalDateTime when, String purpose, String reason,
            String field) {
        int events = lead.history().size();
        assertThatThrownBy(() -> lead.scheduleCallback("rita", when, purpose, null, NOW)).isInstanceOfSatisfying(
                LeadRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("lead.refused." + reason);
                    assertThat(e.field()).isEqualTo(field);
                });
        assertThat(lead.getCallback()).isEmpty();
        assertThat(lead.history()).hasSize(events);
    }

    private static void assertRefused(Lead lead, StatusChange change, String reason, String field) {
        LeadStatus before = lead.getStatus();
        int events = lead.history().size();
        assertThatThrownBy(() -> lead.changeStatus("rita", change, NOW)).isInstanceOfSatisfying(
                LeadRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("lead.refused." + reason);
                    assertThat(e.field()).isEqualTo(field);
                });
        assertThat(lead.getStatus()).isEqualTo(before);
        assertThat(lead.history()).hasSize(events);
    }

    /** A change to {@code to} with whatever that status needs (a reason, a note, a visit time). */
    private static StatusChange changeTo(LeadStatus to) {
        return new StatusChange(to, to.closed() ? to.reasons().getFirst() : null, to.closed() ? "why" : null,
                to == LeadStatus.SCREENING_SCHEDULED ? VISIT : null, null, to == LeadStatus.CONSIDERING ? VISIT : null);
    }

    private static Lead leadIn(LeadStatus status) {
        Lead lead = TestLeads.lead("LP-TEST2", "+8613800138000", "Li Na", NOW.minusSeconds(3600));
        TestLeads.moveTo(lead, status);
        return lead;
    }
}
