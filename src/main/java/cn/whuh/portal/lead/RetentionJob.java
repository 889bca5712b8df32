package cn.whuh.portal.lead;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of every lead whose retention period ended ({@link Retention}, {@link
 * Lead#erasureDue}), every {@code portal.retention.check-every}. One transaction per lead, its row locked with
 * {@code SKIP LOCKED} (as the mail outbox does, docs/decisions/0003-outbox-row-locks.md): several instances may
 * run at once and each lead is erased by one of them; a lead whose erasure fails is rolled back whole and tried
 * again on the next run; an erased lead is never due again. Audited per lead ({@code LEAD_ERASED}, detail
 * {@code by=retention}) and per run with counts only ({@code RETENTION_RUN}).
 */
@Component
public class RetentionJob {

    public static final String ACTOR = "retention";
    public static final String RUN = "RETENTION_RUN";
    /** Leads looked at in one go; a run goes on until none is left. */
    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /** What one run did. */
    public record Run(int erased, int failed) {
    }

    private final LeadRepository leads;
    private final LeadErasure erasure;
    private final Retention retention;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionJob(LeadRepository leads, LeadErasure erasure, Retention retention, AuditLog auditLog,
            TransactionTemplate transactions, Clock clock) {
        this.leads = leads;
        this.erasure = erasure;
        this.retention = retention;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.retention.check-every}",
            initialDelayString = "${portal.retention.check-every}")
    public void run() {
        eraseDue(Instant.now(clock));
    }

    /** Erases what is due at {@code now} (a fixed clock in tests); the counts of this instance's work. */
    public Run eraseDue(Instant now) {
        LocalDate today = now.atZone(ClockConfig.SITE_ZONE).toLocalDate();
        int erased = 0;
        int failed = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = leads.findDueForErasure(after, cutoff(today, retention.closed()),
                    cutoff(today, retention.withdrawn()), cutoff(today, retention.ruledOut()), Outcome.NOT_ELIGIBLE,
                    Limit.of(BATCH));
            for (Long id : batch) {
                after = id;
                try {
                    if (Boolean.TRUE.equals(transactions.execute(status -> eraseIfDue(id, today)))) {
                        erased++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Erasing lead id {} failed, it stays as it was and is tried again next run: {}", id,
                            e.getClass().getSimpleName());
                }
            }
        } while (batch.size() == BATCH);
        if (erased + failed > 0) {
            auditLog.record(ACTOR, RUN, null, "erased=" + erased + " failed=" + failed);
            log.info("Retention: personal data of {} lead(s) erased, {} failed", erased, failed);
        }
        return new Run(erased, failed);
    }

    /** In the lead's own transaction: lock it (skipping one another instance holds), check, erase. */
    private boolean eraseIfDue(long id, LocalDate today) {
        Optional<Lead> locked = leads.lockNotErased(id);
        if (locked.isEmpty() || locked.get().erasureDue(retention).filter(due -> !due.isAfter(today)).isEmpty()) {
            return false;
        }
        erasure.erase(locked.get(), ACTOR, Lead.RETENTION, "by=retention");
        return true;
    }

    /** Leads closed (or received) before this instant are due today: their day plus the period is not after today. */
    private static Instant cutoff(LocalDate today, Period period) {
        return today.minus(period).plusDays(1).atStartOfDay(ClockConfig.SITE_ZONE).toInstant();
    }
}
