package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.lead.AttemptResult;
import cn.whuh.portal.lead.LeadErasure;
import cn.whuh.portal.lead.LeadRefusedException;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.lead.LeadStatusLookup;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lead whose personal data an ADMIN erased: the database row keeps no name, phone, answers or notes, and the
 * lead page, queue, export, dashboard and staff API still show it (as erased) and count it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasedLeadTest {

    @Autowired
    LeadErasure erasure;
    @Autowired
    LeadWork work;
    @Autowired
    LeadQueue queue;
    @Autowired
    LeadExport export;
    @Autowired
    LeadStats stats;
    @Autowired
    LeadStatusLookup lookup;
    @Autowired
    LeadRepository leads;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anErasedLeadKeepsAnAnonymousRowThatEveryStaffViewShowsAsErased() throws Exception {
        String phone = "+86138" + TestLeads.digits(8);
        String ref = TestLeads.save(leads, "TE-" + TestLeads.digits(6), phone, "擦除 测试");
        TestStaff.as("rita", StaffRole.RECRUITER, () -> {
            work.logAttempt(ref, AttemptResult.NO_ANSWER, "his wife said: after 6 pm");
            work.addNote(ref, "Lupus nephritis class IV, biopsy 2025");
        });
        LeadStats.Snapshot before = TestStaff.as("ian", StaffRole.INVESTIGATOR, stats::snapshot);

        TestStaff.as("ada", StaffRole.ADMIN, () -> erasure.eraseNow(ref, "Asked by phone to delete"));

        Map<String, Object> row = jdbc.queryForMap("select * from leads where reference = ?", ref);
        assertThat(row.get("full_name")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("phone_reversed")).isNull();
        assertThat(row.get("answers_json")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(row.get("status")).isEqualTo("CONTACT_ATTEMPTED");
        assertThat(jdbc.queryForList("select e.note from lead_event e join leads l on l.id = e.lead_id "
                + "where l.reference = ? and e.kind <> 'ERASURE'", String.class, ref)).containsOnlyNulls();
        assertThat(jdbc.queryForObject("select count(*) from leads where phone = ?", Integer.class, phone)).isZero();
        assertThat(TestStaff.as("ada", StaffRole.ADMIN, () -> auditLog.forLead(ref))).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(LeadErasure.ERASED);
            assertThat(e.getActor()).isEqualTo("ada");
            assertThat(e.getDetail()).doesNotContain("Asked");
        });

        TestStaff.as("ian", StaffRole.INVESTIGATOR, () -> {
            LeadCase page = work.open(ref);
            assertThat(page.lead().isErased()).isTrue();
            assertThat(page.duplicates()).isEmpty();
            assertThat(page.lead().getContact().phone()).isNull();
            assertThatThrownBy(() -> work.addNote(ref, "too late")).isInstanceOf(LeadRefusedException.class)
                    .hasMessage("lead.refused.erased");

            LeadFilter all = new LeadFilter(LeadFilter.Scope.ALL, null, null, LeadFilter.Assignment.ANY, false, ref);
            List<QueueRow> rows = queue.page(all, List.of(), 0, 10);
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.fullName()).isNull();
                assertThat(r.phone()).isNull();
                assertThat(r.erasedAt()).isNotNull();
                assertThat(r.status()).isEqualTo(LeadStatus.CONTACT_ATTEMPTED);
            });
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            try {
                export.write(all, csv);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            String text = csv.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("personal_data_erased_on", ref, LocalDate.now().toString().substring(0, 4))
                    .doesNotContain(phone, "擦除");

            LeadStats.Snapshot after = stats.snapshot();
            assertThat(after.byOutcome()).isEqualTo(before.byOutcome());
            assertThat(after.funnel()).isEqualTo(before.funnel());
            assertThat(lookup.find("NCT06106906", ref)).hasValueSatisfying(
                    lead -> assertThat(lead.status()).isEqualTo(LeadStatus.CONTACT_ATTEMPTED));
        });
        assertThatThrownBy(() -> TestStaff.as("ada", StaffRole.ADMIN, () -> erasure.eraseNow(ref, "again")))
                .hasMessage("lead.refused.erased");
    }
}
