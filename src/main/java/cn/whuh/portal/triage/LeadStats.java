package cn.whuh.portal.triage;

import cn.whuh.portal.lead.FunnelCounter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's numbers, each one aggregate query (no personal data leaves the database). */
@Service
public class LeadStats {

    /**
     * @param funnel stage → how many got at least that far, in funnel order: questionnaires STARTED and
     *     COMPLETED (all time, counted without personal data by {@link FunnelCounter}, plus the leads that came
     *     without the portal's questionnaire: API and demo leads), then leads RECEIVED, CONTACTED,
     *     SCREENING_SCHEDULED, SCREENED, ENROLLED
     * @param untouched qualified leads still NEW; of them older than 24 h, older than 48 h
     * @param byOutcome pre-screen outcome → leads
     * @param bySource utm_source ("" for direct visits) → leads, the largest first
     * @param medianMinutesToFirstContact median time from receipt to the first contact attempt, or null
     * @param conversionBySource per utm_source ("" for direct visits), the largest first: how far its leads got
     */
    public record Snapshot(Map<String, Long> funnel, Map<String, Long> byOutcome, Map<String, Long> bySource,
            long untouched, long untouched24h, long untouched48h, Long medianMinutesToFirstContact,
            List<SourceConversion> conversionBySource) {

        public long enrolled() {
            return funnel.getOrDefault("ENROLLED", 0L);
        }
    }

    /** One source's leads: received, contacted, screening booked, enrolled (each "at least that far"). */
    public record SourceConversion(String source, long received, long contacted, long screeningBooked,
            long enrolled) {
    }

    private static final String CONTACTED = "(l.first_contact_at is not null or l.status <> 'NEW')";
    private static final String EVER = "(l.status in (%s) or exists (select 1 from lead_event e "
            + "where e.lead_id = l.id and e.to_status in (%s)))";

    private final JdbcTemplate jdbc;
    private final FunnelCounter counter;
    private final Clock clock;

    LeadStats(JdbcTemplate jdbc, FunnelCounter counter, Clock clock) {
        this.jdbc = jdbc;
        this.counter = counter;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public Snapshot snapshot() {
        Map<String, Long> funnel = new LinkedHashMap<>();
        Map<String, long[]> steps = stepsBySource();
        funnel.put("STARTED", 0L);
        funnel.put("COMPLETED", 0L);
        jdbc.query("select count(*),"
                + " coalesce(sum(" + CONTACTED + "), 0),"
                + " coalesce(sum(" + ever("'SCREENING_SCHEDULED','SCREENED','ENROLLED'") + "), 0),"
                + " coalesce(sum(" + ever("'SCREENED','ENROLLED'") + "), 0),"
                + " coalesce(sum(" + ever("'ENROLLED'") + "), 0) from leads l", rs -> {
                    List<String> stages = List.of("RECEIVED", "CONTACTED", "SCREENING_SCHEDULED", "SCREENED",
                            "ENROLLED");
                    for (int i = 0; i < stages.size(); i++) {
                        funnel.put(stages.get(i), rs.getLong(i + 1));
                    }
                });
        long withoutQuestionnaire = withoutQuestionnaire(steps, funnel.get("RECEIVED"));
        funnel.put("STARTED", withoutQuestionnaire + sum(steps, FunnelCounter.Step.STARTED));
        funnel.put("COMPLETED", withoutQuestionnaire + sum(steps, FunnelCounter.Step.COMPLETED));
        Instant now = Instant.now(clock);
        long[] untouched = jdbc.queryForObject("select count(*), coalesce(sum(created_at < ?), 0), "
                + "coalesce(sum(created_at < ?), 0) from leads where status = 'NEW' and outcome <> 'NOT_ELIGIBLE'",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                now.minus(LeadQueue.UNTOUCHED_WARNING), now.minus(LeadQueue.OVERDUE_UNTOUCHED));
        List<Long> median = jdbc.queryForList("select median(timestampdiff(minute, created_at, first_contact_at)) "
                + "over () from leads where first_contact_at is not null limit 1", Long.class);
        return new Snapshot(funnel, grouped("select outcome, count(*) from leads group by outcome order by outcome"),
                grouped("select coalesce(utm_source, ''), count(*) n from leads group by coalesce(utm_source, '') "
                        + "order by n desc limit 8"),
                untouched[0], untouched[1], untouched[2],
                median.isEmpty() ? null : median.getFirst(), bySource());
    }

    /**
     * Leads that came without the portal's own questionnaire, so the funnel's first steps count them too (never
     * "0 started" above "46 received"): per source, the leads submitted beyond the questionnaires completed there
     * (a partner app's API leads, whose questionnaire ran elsewhere), and the leads without any funnel count (demo
     * leads, leads from before the counts).
     */
    private static long withoutQuestionnaire(Map<String, long[]> steps, long received) {
        long submitted = 0;
        long beyond = 0;
        for (long[] source : steps.values()) {
            long leads = source[FunnelCounter.Step.LEAD_SUBMITTED.ordinal()];
            submitted += leads;
            beyond += Math.max(0, leads - source[FunnelCounter.Step.COMPLETED.ordinal()]);
        }
        return beyond + Math.max(0, received - submitted);
    }

    /** The anonymous daily counts of {@link FunnelCounter}, all time, summed per source and step. */
    private Map<String, long[]> stepsBySource() {
        Map<String, long[]> bySource = new LinkedHashMap<>();
        for (FunnelCounter.Count count : counter.counts(LocalDate.EPOCH, LocalDate.now(clock))) {
            bySource.computeIfAbsent(count.source(), s -> new long[FunnelCounter.Step.values().length])
                    [count.step().ordinal()] += count.count();
        }
        return bySource;
    }

    private static long sum(Map<String, long[]> steps, FunnelCounter.Step step) {
        return steps.values().stream().mapToLong(source -> source[step.ordinal()]).sum();
    }

    private List<SourceConversion> bySource() {
        return jdbc.query("select coalesce(l.utm_source, '') source, count(*) n, coalesce(sum(" + CONTACTED + "), 0),"
                        + " coalesce(sum(" + ever("'SCREENING_SCHEDULED','SCREENED','ENROLLED'") + "), 0),"
                        + " coalesce(sum(" + ever("'ENROLLED'") + "), 0) from leads l"
                        + " group by coalesce(l.utm_source, '') order by n desc, source limit 8",
                (rs, i) -> new SourceConversion(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));
    }

    private static String ever(String statuses) {
        return EVER.formatted(statuses, statuses);
    }

    private Map<String, Long> grouped(String sql) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            result.put(rs.getString(1), rs.getLong(2));
        });
        return result;
    }
}
