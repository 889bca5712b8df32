package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

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


            List<QueueRow> overdue = timed("overdue, likely eligible", () -> queue.page(
                    new LeadFilter(Scope.OPEN, null, Outcome.LIKELY_ELIGIBLE, Assignment.ANY, true, null),
                    List.of(), 0, 50));
            assertThat(overdue).isNotEmpty().allMatch(queue::isOverdue)
                    .allMatch(r -> r.outcome() == Outcome.LIKELY_ELIGIBLE);
        });
    }

    /**
     * What a search costs the grid (its first page, its count and the counts per status) for each way recruiters
     * type a phone number, and for names. Phone searches are index ranges: they read a few hundred index entries
     * at most, not the 100 000 leads that a LIKE '%…%' reads.
     */
    @Test
    void phoneSearchesReadFewRowsAndNameSearchIsMeasured() {
        timed("insert 100 000 demo leads", () -> demoLeads.ensure(100_000));
        TestStaff.as("investigator", StaffRole.INVESTIGATOR, () -> {
            String reference = DemoLeads.reference(54_321);
            QueueRow lead = queue.page(search(reference), List.of(), 0, 1).getFirst();
            String national = lead.phone().substring(3);
            Map<String, String> phoneSearches = new LinkedHashMap<>();
            phoneSearches.put("whole national number", national);
            phoneSearches.put("number with spaces",
                    national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7));
            phoneSearches.put("+86 form", "+86 " + national);
            phoneSearches.put("first seven digits", national.substring(0, 7));
            phoneSearches.put("last four digits", national.substring(7));
            Map<String, Long> rowsRead = new LinkedHashMap<>();
            phoneSearches.forEach((what, text) -> {
                long rows = rowsRead(() -> timedSearch("phone, " + what, search(text)));
                log.info("Queue benchmark: search by phone, {}: read {} index entries and rows", what, rows);
                rowsRead.put(what, rows);
                assertThat(queue.page(search(text), List.of(), 0, 50)).as(what)
                        .extracting(QueueRow::reference).contains(reference);
            });

            // Names are searched anywhere in the name (LIKE '%…%'): a scan of the covering index, not of the leads.
            String surname = lead.fullName().substring(0, 1);
            for (String name : List.of(lead.fullName(), surname, "Amy")) {
                List<QueueRow> byName = timedSearch("name (" + name.length() + " characters)", search(name));
                assertThat(byName).isNotEmpty().allMatch(r -> r.fullName().contains(name));
            }
            LeadFilter openByName = new LeadFilter(Scope.OPEN, null, null, Assignment.ANY, false, lead.fullName());
            assertThat(timedSearch("name, open leads only", openByName))
                    .allMatch(r -> r.fullName().equals(lead.fullName()));
            assertThat(rowsRead).allSatisfy((what, rows) -> assertThat(rows).as(what).isLessThan(5_000));
        });
    }

    private static LeadFilter search(String text) {
        return new LeadFilter(Scope.ALL, null, null, Assignment.ANY, false, text);
    }

    /** What the grid asks for a search: the first page, the total and the counts per status. */
    private List<QueueRow> timedSearch(String what, LeadFilter filter) {
        List<QueueRow> page = timed("search by " + what + ", first page", () -> queue.page(filter, List.of(), 0, 50));
        timed("search by " + what + ", count", () -> queue.count(filter));
        timed("search by " + what + ", counts per status", () -> queue.countsByStatus(filter));
        return page;
    }

    /** Index entries and rows the database read for the queries (its Handler_read_* counters). */
    private long rowsRead(Runnable queries) {
        return transactions.execute(status -> {
            long before = handlerReads();
            queries.run();
            return handlerReads() - before;
        });
    }

    private long handlerReads() {
        return jdbc.query("show session status like 'Handler_read%'", rs -> {
            long sum = 0;
            while (rs.next()) {
                sum += rs.getLong(2);
            }
            return sum;
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
