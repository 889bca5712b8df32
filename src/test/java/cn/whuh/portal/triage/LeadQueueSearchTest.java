package cn.whuh.portal.triage;

import cn.whuh.portal.lead.TestLeads;
import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The queue's free text finds a lead by its phone number the way recruiters type it, and by name and reference. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadQueueSearchTest {

    @Autowired
    LeadQueue queue;
    @Autowired
    LeadRepository leads;

    @Test
    void theWholeNumberAsThePatientSaysItFindsTheLead() {
        String national = "139" + digits(8);
        String reference = newLead("+86" + national, "张 " + digits(4));
        String spaced = national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
        for (String typed : List.of(national, spaced, national.substring(0, 3) + "-" + national.substring(3),
                "+86 " + spaced, "+86" + national, "(+86) " + spaced, "0086 " + spaced, "86 " + spaced)) {
            assertThat(references(typed)).as(typed).containsExactly(reference);
        }
    }

    @Test
    void theFirstDigitsOrTheLastFourFindTheLeadAndOnlyNumbersThatStartOrEndSo() {
        String national = "136" + digits(8);
        String reference = newLead("+86" + national, "李 " + digits(4));
        String first = national.substring(0, 7);
        String lastFour = national.substring(7);
        assertThat(references(first)).contains(reference);
        assertThat(references(national.substring(0, 3) + " " + national.substring(3, 7))).contains(reference);
        assertThat(references(lastFour)).contains(reference);
        assertThat(phones(lastFour)).allMatch(p -> p.endsWith(lastFour) || p.startsWith("+86" + lastFour));
        assertThat(phones(first)).allMatch(p -> p.startsWith("+86" + first) || p.endsWith(first));
    }

    @Test
    void digitsInTheMiddleOfANumberFindNothingWrong() {
        String national = "137" + digits(8);
        String reference = newLead("+86" + national, "王 " + digits(4));
        String middle = national.substring(2, 9);
        assertThat(references(middle)).doesNotContain(reference);
        assertThat(phones(middle)).allMatch(p -> p.startsWith("+86" + middle) || p.endsWith(middle));
    }

    @Test
    void landlinesAsShownAndForeignNumbersInInternationalFormAreFound() {
        String wuhan = "27" + digits(8);
        String landline = newLead("+86" + wuhan, "赵 " + digits(4));
        assertThat(references("0" + wuhan.substring(0, 2) + " " + wuhan.substring(2, 6) + " " + wuhan.substring(6)))
                .containsExactly(landline);
        String london = "2079460" + digits(3);
        String foreign = newLead("+44" + london, "Jane " + digits(4));
        assertThat(references("+44 20 7946 " + london.substring(6))).contains(foreign);
        assertThat(references("7946 " + london.substring(6))).contains(foreign);
    }

    @Test
    void namesAndReferencesAreStillFound() {
        String name = "欧阳" + digits(6).chars().mapToObj(c -> String.valueOf((char) ('甲' + c - '0')))
                .reduce("", String::concat);
        String reference = newLead("+86135" + digits(8), name);
        assertThat(references(name.substring(2))).containsExactly(reference);
        assertThat(references(reference)).containsExactly(reference);
        assertThat(references(reference.substring(0, 5).toLowerCase())).contains(reference);
    }

    private List<String> references(String text) {
        return search(text).stream().map(QueueRow::reference).toList();
    }

    private List<String> phones(String text) {
        return search(text).stream().map(QueueRow::phone).toList();
    }

    private List<QueueRow> search(String text) {
        return TestStaff.as("investigator", StaffRole.INVESTIGATOR, () -> queue.page(
                new LeadFilter(Scope.ALL, null, null, Assignment.ANY, false, text), List.of(), 0, 200));
    }

    /** A lead with a reference of letters and digits (so that a part of it is no phone number). */
    private String newLead(String phone, String name) {
        return TestLeads.save(leads, "PQ-K" + digits(5), phone, name);
    }

    private static String digits(int n) {
        return TestLeads.digits(n);
    }
}
