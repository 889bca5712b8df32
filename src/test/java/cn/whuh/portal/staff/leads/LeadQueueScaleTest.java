package cn.whuh.portal.staff.leads;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.staff.leads.LeadFilter.Assignment;
import cn.whuh.portal.staff.leads.LeadFilter.Scope;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The queue's queries with 100 000 leads: each answers one page from the database, in the queue's order.
 * Times are logged as a benchmark ("Queue benchmark"), not asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadQueueScaleTest {

    private static final Logger log = LoggerFactory.getLogger(LeadQueueScaleTest.class);

    @Autowired
    DemoLeads demoLeads;
    @Autowired
    LeadQueue queue;

    @Test
    void hundredThousandLeadsArePagedSortedAndCountedByTheDatabase() {
        timed("insert 100 000 demo leads", () -> demoLeads.ensure(100_000));
        TestStaff.as("investigator", StaffRole.INVESTIGATOR, () -> {
            LeadFilter open = LeadFilter.DEFAULT;
            long total = timed("count open", () -> queue.count(open));
            assertThat(total).isGreaterThan(30_000);

            List<QueueRow> first = timed("first page, default order", () -> queue.page(open, List.of(), 0, 50));
            assertThat(first).hasSize(50);
            assertInQueueOrder(first);
            assertThat(timed("page at offset 5 000", () -> queue.page(open, List.of(), 5_000, 50))).hasSize(50);
            List<QueueRow> deep = timed("page at offset 30 000", () -> queue.page(open, List.of(), 30_000, 50));
            assertThat(deep).hasSize(50);
            assertDeepPageConsistent(open, List.of(), "default order");
            assertDeepPageConsistent(open, List.of(new LeadQueue.Sort("fullName", true)), "sorted by name");

            List<QueueRow> newest = timed("sorted by received, newest first", () -> queue.page(open,
                    List.of(new LeadQueue.Sort("createdAt", false)), 0, 50));
            assertThat(newest).extracting(QueueRow::createdAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            timed("sorted by name", () -> queue.page(open, List.of(new LeadQueue.Sort("fullName", true)), 0, 50));

            Map<LeadStatus, Long> counts = timed("counts per status", () -> queue.countsByStatus(open));
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(100_000);

            String reference = DemoLeads.reference(54_321);
            List<QueueRow> found = timed("free text (reference)", () -> queue.page(
                    new LeadFilter(Scope.ALL, null, null, Assignment.ANY, false, reference), List.of(), 0, 50));
            assertThat(found).extracting(QueueRow::reference).containsExactly(reference);

            String phone = found.getFirst().phone();
            List<QueueRow> byPhone = timed("free text (phone digits)", () -> queue.page(
                    new LeadFilter(Scope.ALL, null, null, Assignment.ANY, false, phone.substring(2)), List.of(), 0, 50));
            assertThat(byPhone).extracting(QueueRow::reference).contains(reference);

            List<QueueRow> overdue = timed("overdue, likely eligible", () -> queue.page(
                    new LeadFilter(Scope.OPEN, null, Outcome.LIKELY_ELIGIBLE, Assignment.ANY, true, null),
                    List.of(), 0, 50));
            assertThat(overdue).isNotEmpty().allMatch(queue::isOverdue)
                    .allMatch(r -> r.outcome() == Outcome.LIKELY_ELIGIBLE);
        });
    }

    /**
     * A page at offset 50 000 is in queue order, and the rows around the page boundary are the same whether
     * fetched as one page or as two: deep pages neither skip nor repeat a lead.
     */
    private void assertDeepPageConsistent(LeadFilter filter, List<LeadQueue.Sort> sorts, String what) {
        List<QueueRow> deep = timed("page at offset 50 000, " + what, () -> queue.page(filter, sorts, 50_000, 50));
        assertThat(deep).hasSize(50);
        if (sorts.isEmpty()) {
            assertInQueueOrder(deep);
        }
        List<QueueRow> across = queue.page(filter, sorts, 49_990, 20);
        List<QueueRow> before = queue.page(filter, sorts, 49_990, 10);
        assertThat(across).as("rows across the boundary at 50 000, %s", what)
                .startsWith(before.toArray(QueueRow[]::new)).endsWith(deep.subList(0, 10).toArray(QueueRow[]::new))
                .doesNotHaveDuplicates();
    }

    /** Overdue first, then LIKELY_ELIGIBLE before NEEDS_REVIEW, then oldest first. */
    private void assertInQueueOrder(List<QueueRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            QueueRow a = rows.get(i - 1);
            QueueRow b = rows.get(i);
            int byOverdue = Boolean.compare(!queue.isOverdue(a), !queue.isOverdue(b));
            int byOutcome = Boolean.compare(a.outcome() != Outcome.LIKELY_ELIGIBLE, b.outcome() != Outcome.LIKELY_ELIGIBLE);
            assertThat(byOverdue != 0 ? byOverdue : byOutcome != 0 ? byOutcome : a.createdAt().compareTo(b.createdAt()))
                    .as("%s before %s", a.reference(), b.reference()).isLessThanOrEqualTo(0);
        }
    }

    private static <T> T timed(String what, Supplier<T> query) {
        long start = System.nanoTime();
        T result = query.get();
        log.info("Queue benchmark: {} took {} ms", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
