package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.prescreen.Answers;
import cn.whuh.portal.prescreen.Outcome;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class LeadServiceTest {

    static final String STUDY = "NCT06106906";
    static final ContactDetails CONTACT = new ContactDetails("  Li Na ", "138 0013 8000", "li.na@example.com",
            "lina_2024", "zh", "weekday evenings");
    static final ConsentChoices BOTH = new ConsentChoices(true, true, false);

    @Autowired
    LeadService service;
    @Autowired
    LeadRepository leads;
    @Autowired
    PrivacyNotices notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;
    @Autowired
    FunnelCounter funnel;
    @Autowired
    Clock clock;

    static LeadSubmission submission(Map<String, Object> answers, ContactDetails contact, ConsentChoices consents,
            Locale locale, String key) {
        return new LeadSubmission(STUDY, answers, contact, consents, locale,
                new VisitorSource("wechat", "social", "spring-2026", null, null, "https://mp.weixin.qq.com/s/abc?x=1"),
                key);
    }

    long count(LocalDate day, FunnelCounter.Step step, Outcome outcome, String source) {
        return funnel.counts(day, day).stream()
                .filter(c -> c.step() == step && c.outcome() == outcome && c.source().equals(source))
                .mapToLong(FunnelCounter.Count::count).sum();
    }

    int leadCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM leads", Integer.class);
    }

    @Test
    void qualifiedLeadIsStoredWithConsentRecordsSourceAndEvent() {
        var result = service.submit(submission(Answers.likelyEligible(), CONTACT, BOTH, Languages.CHINESE, null));

        assertThat(result.reference()).matches(Reference.FORMAT);
        assertThat(result.outcome()).isEqualTo(Outcome.LIKELY_ELIGIBLE);
        assertThat(result.replayed()).isFalse();
        transaction.executeWithoutResult(status -> {
            Lead lead = leads.findByReference(result.reference()).orElseThrow();
            assertThat(lead.getContact().fullName()).isEqualTo("Li Na");
            assertThat(lead.getContact().phone().value()).isEqualTo("+8613800138000");
            assertThat(lead.getContact().preferredLanguage()).isEqualTo("zh");
            assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);
            assertThat(lead.getAnswersJson()).contains("\"age_years\":34");
            assertThat(lead.getEvaluationJson()).contains("LIKELY_ELIGIBLE").contains("\"I2\"");
            assertThat(lead.getSource().utmSource()).isEqualTo("wechat");
            assertThat(lead.getSource().referrer()).isEqualTo("https://mp.weixin.qq.com/s/abc");
            PrivacyNotice notice = notices.forStudy(STUDY);
            assertThat(lead.getConsents()).extracting(LeadConsent::getKind)
                    .containsExactlyInAnyOrder(ConsentKind.PRESCREEN_PROCESSING, ConsentKind.SHARE_WITH_SITE);
            assertThat(lead.getConsents()).allSatisfy(consent -> {
                assertThat(consent.getNoticeVersion()).isEqualTo(notice.version());
                assertThat(consent.getNoticeLanguage()).isEqualTo("zh");
                assertThat(consent.getNoticeSha256()).isEqualTo(notice.sha256(Languages.CHINESE)).hasSize(64);
                assertThat(consent.getGrantedAt()).isEqualTo(lead.getCreatedAt());
            });
        });
        assertThat(events.stream(LeadSubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.reference()).isEqualTo(result.reference());
            assertThat(event.email()).isEqualTo("li.na@example.com");
            assertThat(event.language()).isEqualTo("zh");
        });
    }

    @Test
    void notEligibleWithoutFutureConsentIsRefusedAndNothingIsStored() {
        int before = leadCount();
        assertThatThrownBy(() -> service.submit(
                submission(Answers.notEligible(), CONTACT, BOTH, Languages.ENGLISH, UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(ConsentRefusedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("consent.future"));
        assertThat(leadCount()).isEqualTo(before);
        assertThat(events.stream(LeadSubmitted.class)).isEmpty();
    }

    @Test
    void notEligibleWithFutureConsentIsStored() {
        var result = service.submit(submission(Answers.notEligible(), CONTACT, new ConsentChoices(true, false, true),
                Languages.ENGLISH, null));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        transaction.executeWithoutResult(status -> {
            Lead lead = leads.findByReference(result.reference()).orElseThrow();
            assertThat(lead.isConsentFuture()).isTrue();
            assertThat(lead.getConsents()).extracting(LeadConsent::getKind)
                    .containsExactlyInAnyOrder(ConsentKind.PRESCREEN_PROCESSING, ConsentKind.FUTURE_STUDIES);
        });
    }

    @Test
    void qualifiedWithoutEitherConsentIsRefused() {
        int before = leadCount();
        assertThatThrownBy(() -> service.submit(submission(Answers.needsReview(), CONTACT,
                new ConsentChoices(false, false, true), Languages.ENGLISH, null)))
                .isInstanceOfSatisfying(ConsentRefusedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("consent.prescreen", "consent.share"));
        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void everyInvalidContactFieldIsReportedInBothLanguagesAndNothingIsStored() {
        int before = leadCount();
        ContactDetails bad = new ContactDetails(" ", "12345", "not-an-email", "a b", "fr", "x".repeat(201));
        assertThatThrownBy(() -> service.submit(submission(Answers.likelyEligible(), bad, BOTH, Languages.ENGLISH,
                null)))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("contact.full_name",
                            "contact.phone", "contact.email", "contact.wechat_id", "contact.preferred_language",
                            "contact.preferred_contact_time");
                    assertThat(e.problems().get(1).message().en()).contains("11 digits");
                    assertThat(e.problems().get(1).message().zh()).contains("11 位");
                    assertThat(e.problems().get(5).message().en()).contains("200");
                });
        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void invalidAnswersAndContactAreReportedTogether() {
        Map<String, Object> answers = Answers.likelyEligible();
        answers.remove("age_years");
        ContactDetails noPhone = new ContactDetails("Li Na", null, null, null, null, null);
        assertThatThrownBy(() -> service.submit(submission(answers, noPhone, BOTH, Languages.ENGLISH, null)))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("age_years", "contact.phone"));
    }

    @Test
    void phonesAreNormalisedToE164() {
        for (var phone : List.of(List.of("13800138000", "+8613800138000"), List.of("+86 138-0013-8000", "+8613800138000"),
                List.of("+44 20 7946 0958", "+442079460958"), List.of("+1 650 253 0000", "+16502530000"))) {
            var result = service.submit(submission(Answers.likelyEligible(),
                    new ContactDetails("Li Na", phone.get(0), null, null, null, null), BOTH, Languages.ENGLISH, null));
            assertThat(leads.findByReference(result.reference()).orElseThrow().getContact().phone().value()).isEqualTo(phone.get(1));
        }
        for (String bad : List.of("23800138000", "1380013800", "02785726808", "+86 123", "phone me")) {
            assertThatThrownBy(() -> service.submit(submission(Answers.likelyEligible(),
                    new ContactDetails("Li Na", bad, null, null, null, null), BOTH, Languages.ENGLISH, null)))
                    .as(bad).isInstanceOf(FieldProblemsException.class);
        }
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameReferenceAndStoresOneLead() {
        String key = UUID.randomUUID().toString();
        var first = service.submit(submission(Answers.needsReview(), CONTACT, BOTH, Languages.ENGLISH, key));
        int after = leadCount();
        var again = service.submit(submission(Answers.needsReview(), CONTACT, BOTH, Languages.ENGLISH, key));
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(again.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(again.replayed()).isTrue();
        assertThat(leadCount()).isEqualTo(after);
        assertThat(events.stream(LeadSubmitted.class)).hasSize(1);
    }

    @Test
    void funnelCountsTheLeadBySourceWithoutPersonalData() {
        LocalDate today = LocalDate.now(clock);
        long before = count(today, FunnelCounter.Step.LEAD_SUBMITTED, Outcome.LIKELY_ELIGIBLE, "wechat");
        long startedBefore = count(today, FunnelCounter.Step.STARTED, null, "direct");
        service.submit(submission(Answers.likelyEligible(), CONTACT, BOTH, Languages.ENGLISH, null));
        funnel.started(STUDY);
        assertThat(count(today, FunnelCounter.Step.LEAD_SUBMITTED, Outcome.LIKELY_ELIGIBLE, "wechat"))
                .isEqualTo(before + 1);
        assertThat(count(today, FunnelCounter.Step.STARTED, null, "direct")).isEqualTo(startedBefore + 1);
        assertThat(jdbc.queryForList("SELECT source FROM funnel_daily", String.class))
                .noneMatch(source -> source.contains("Li Na") || source.contains("138"));
    }

    /** Counted in several rows, so that submissions do not wait for one row's lock; read back as one count. */
    @Test
    void funnelCountsSpreadOverRowsAddUp() {
        LocalDate today = LocalDate.now(clock);
        long before = count(today, FunnelCounter.Step.STARTED, null, "direct");
        for (int i = 0; i < 40; i++) {
            funnel.started(STUDY);
        }
        assertThat(funnel.counts(today, today))
                .filteredOn(c -> c.step() == FunnelCounter.Step.STARTED && c.source().equals("direct"))
                .singleElement().extracting(FunnelCounter.Count::count).isEqualTo(before + 40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funnel_daily WHERE day = ? AND step = 'STARTED'"
                + " AND source = 'direct'", Integer.class, today)).isGreaterThan(1);
    }

    static ContactDetails randomPerson(String name) {
        return new ContactDetails(name, "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                null, null, "zh", null);
    }

    @Test
    void theSamePhoneNameAndAnswersWithinADayGiveTheEarlierReferenceAndStoreNothing() {
        ContactDetails person = randomPerson("Wang Fang");
        var first = service.submitOnce(submission(Answers.likelyEligible(), person, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()), List.of());
        int after = leadCount();
        ContactDetails retyped = new ContactDetails(" Wang Fang ", "+86 " + person.phone(), "w@example.com", null,
                "zh", null);
        var again = service.submitOnce(submission(Answers.likelyEligible(), retyped, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()), List.of());

        assertThat(first.alreadySent()).isFalse();
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(again.alreadySent()).isTrue();
        assertThat(again.outcome()).isEqualTo(Outcome.LIKELY_ELIGIBLE);
        assertThat(leadCount()).isEqualTo(after);
        assertThat(events.stream(LeadSubmitted.class)).hasSize(1);
    }

    @Test
    void otherAnswersOrADayLaterMakeANewLead() {
        ContactDetails person = randomPerson("Zhao Min");
        var first = service.submitOnce(submission(Answers.likelyEligible(), person, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()), List.of());
        var otherAnswers = service.submitOnce(submission(Answers.needsReview(), person, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()), List.of());
        assertThat(otherAnswers.alreadySent()).isFalse();
        assertThat(otherAnswers.reference()).isNotEqualTo(first.reference());

        jdbc.update("UPDATE leads SET created_at = ? WHERE reference IN (?, ?)",
                Timestamp.from(Instant.now().minus(Duration.ofHours(30))), first.reference(), otherAnswers.reference());
        int before = leadCount();
        var dayLater = service.submitOnce(submission(Answers.likelyEligible(), person, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()), List.of());
        assertThat(dayLater.alreadySent()).isFalse();
        assertThat(dayLater.reference()).isNotIn(first.reference(), otherAnswers.reference());
        assertThat(leadCount()).isEqualTo(before + 1);
    }

    @Test
    void theSamePhoneSentInTheSessionIsAlreadySentWhateverTheAnswers() {
        ContactDetails person = randomPerson("Sun Li");
        var first = service.submitOnce(submission(Answers.likelyEligible(), person, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()), List.of());
        int after = leadCount();
        var again = service.submitOnce(submission(Answers.needsReview(), new ContactDetails("Sun Lili", person.phone(), null, null, "zh", null),
                BOTH, Languages.CHINESE, UUID.randomUUID().toString()), List.of(first.reference()));
        assertThat(again.alreadySent()).isTrue();
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(leadCount()).isEqualTo(after);
    }

    @Test
    void theApiKindOfSubmitWithANewKeyStillMakesANewLead() {
        ContactDetails person = randomPerson("Zhou Jie");
        var first = service.submit(submission(Answers.likelyEligible(), person, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()));
        var second = service.submit(submission(Answers.likelyEligible(), person, BOTH, Languages.CHINESE,
                UUID.randomUUID().toString()));
        assertThat(second.reference()).isNotEqualTo(first.reference());
        assertThat(second.alreadySent()).isFalse();
    }
}
