package cn.whuh.portal.triage;

import cn.whuh.portal.lead.TestLeads;
import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.lead.ConsentChoices;
import cn.whuh.portal.lead.ContactDetails;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadService;
import cn.whuh.portal.lead.LeadSubmission;
import cn.whuh.portal.lead.VisitorSource;
import cn.whuh.portal.prescreen.Answers;
import cn.whuh.portal.prescreen.CriterionStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The lead page's checklist speaks to the recruiter: the criterion, what the person answered, what to ask. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallChecklistTest {

    @Autowired
    LeadService service;
    @Autowired
    LeadRepository leads;
    @Autowired
    CallChecklist checklist;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aLiveVaccineIsToAskAboutWithTheAnswerGivenAndTheVisitChecksComeLast() {
        List<CallChecklist.Item> items = checklistOf(Answers.needsReview());

        CallChecklist.Item vaccine = items.getFirst();
        assertThat(vaccine.id()).isEqualTo("E19");
        assertThat(vaccine.status()).isEqualTo(CriterionStatus.REVIEW);
        assertThat(vaccine.protocol().en()).containsIgnoringCase("vaccin");
        assertThat(vaccine.answers()).extracting(LeadAnswers.Line::key).contains("recent_events_4w");
        assertThat(vaccine.answers()).extracting(LeadAnswers.Line::answer).anyMatch(a -> a.contains("疫苗"));
        assertThat(items).filteredOn(CallChecklist.Item::atVisit).isNotEmpty()
                .allSatisfy(item -> assertThat(item.ask()).as(item.id()).isNotNull());
        assertThat(items.indexOf(vaccine)).isLessThan(items.indexOf(items.stream()
                .filter(CallChecklist.Item::atVisit).findFirst().orElseThrow()));
        assertThat(items).noneMatch(item -> item.status() == CriterionStatus.PASS);
    }

    @Test
    void aLeadThatMetEveryAskedCriterionHasOnlyVisitChecks() {
        assertThat(checklistOf(Answers.likelyEligible())).allMatch(CallChecklist.Item::atVisit);
    }

    private List<CallChecklist.Item> checklistOf(Map<String, Object> answers) {
        String reference = service.submit(new LeadSubmission("NCT06106906", answers,
                new ContactDetails("Checklist Test", "139" + TestLeads.digits(8), null, null, "zh", null),
                new ConsentChoices(true, true, false), Languages.CHINESE, VisitorSource.NONE, null)).reference();
        return transaction.execute(status -> {
            Lead lead = leads.findByReference(reference).orElseThrow();
            return checklist.of(lead, Languages.CHINESE);
        });
    }
}
