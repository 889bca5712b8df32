package cn.whuh.portal.lead;

import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.prescreen.PrescreenCompleted;
import cn.whuh.portal.prescreen.PrescreenStarted;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the pre-screening funnel per day without personal data: questionnaires started, completed (by
 * outcome) and submitted as leads, each by source. It listens to the questionnaire view's
 * {@link PrescreenStarted} and {@link PrescreenCompleted} (or is called directly); each counts once per
 * browser session and study. Counting never breaks the questionnaire: a database error is logged and ignored, and
 * the questionnaire's own counts are written in the background, so that a slow or unreachable database never holds
 * its pages (docs/embedded-database.md#faults). Each count is spread over {@value #SHARDS} rows, one picked at random
 * for each increment and summed when read, so that concurrent lead submissions do not wait for each other's lock
 * on one row (docs/performance.md, P4).
 */
@Component
public class FunnelCounter {

    public enum Step { STARTED, COMPLETED, LEAD_SUBMITTED }

    /** One count: on {@code day}, in {@code source}, so many reached {@code step} (with {@code outcome} or null). */
    public record Count(LocalDate day, String nctId, Step step, Outcome outcome, String source, long count) {
    }

    private static final Logger log = LoggerFactory.getLogger(FunnelCounter.class);

    /** Rows per count (the {@code shard} column of {@code funnel_daily}). */
    static final int SHARDS = 16;

    /** Counts waiting to be written; more are dropped (and logged) while the database is away. */
    private static final int BACKLOG = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(BACKLOG), Thread.ofPlatform().name("funnel-counter").daemon().factory(),
            (count, pool) -> log.warn("Funnel count dropped: {} counts wait for the database", BACKLOG));

    public FunnelCounter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A visitor of the current Vaadin session began the questionnaire of a study. */
    public void started(String nctId) {
        onceInSession(nctId, Step.STARTED, null, Runnable::run);
    }

    /** A visitor of the current Vaadin session saw their result. */
    public void completed(String nctId, Outcome outcome) {
        onceInSession(nctId, Step.COMPLETED, outcome, Runnable::run);
    }

    @EventListener
    void on(PrescreenStarted event) {
        onceInSession(event.nctId(), Step.STARTED, null, writer);
    }

    @EventListener
    void on(PrescreenCompleted event) {
        onceInSession(event.evaluation().nctId(), Step.COMPLETED, event.evaluation().outcome(), writer);
    }

    /** Waits briefly for the counts still being written, at shutdown. */
    @PreDestroy
    void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Called by the lead service inside the transaction that stores a lead. */
    void leadSubmitted(String nctId, Outcome outcome, VisitorSource source) {
        increment(nctId, Step.LEAD_SUBMITTED, outcome, source.label());
    }

    /** Every count from {@code from} to {@code to} (inclusive), by day, step, outcome and source. */
    public List<Count> counts(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT day, nct_id, step, outcome, source, SUM(count) AS count FROM funnel_daily"
                        + " WHERE day BETWEEN ? AND ? GROUP BY day, nct_id, step, outcome, source"
                        + " ORDER BY day, nct_id, step, outcome, source",
                (rs, i) -> new Count(rs.getDate("day").toLocalDate(), rs.getString("nct_id"),
                        Step.valueOf(rs.getString("step")),
                        rs.getString("outcome").isEmpty() ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("source"), rs.getLong("count")),
                from, to);
    }

    private void onceInSession(String nctId, Step step, Outcome outcome, Executor where) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session != null) {
            String marker = FunnelCounter.class.getName() + "." + nctId + "." + step;
            if (session.getAttribute(marker) != null) {
                return;
            }
            session.setAttribute(marker, Boolean.TRUE);
        }
        String source = SourceCapture.current().label();
        where.execute(() -> {
            try {
                increment(nctId, step, outcome, source);
            } catch (DataAccessException e) {
                log.warn("Funnel count {} for {} not stored: {}", step, nctId, e.getClass().getSimpleName());
            }
        });
    }

    private void increment(String nctId, Step step, Outcome outcome, String source) {
        jdbc.update("INSERT INTO funnel_daily (day, nct_id, step, outcome, source, shard, count)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE count = count + 1",
                LocalDate.now(clock), nctId, step.name(), outcome == null ? "" : outcome.name(), source,
                ThreadLocalRandom.current().nextInt(SHARDS));
    }
}
