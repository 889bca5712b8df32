package cn.whuh.portal.triage;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in staff member's calls for today: the callbacks they are to make, due by the end of today's Beijing
 * day, overdue ones included, the earliest first (served by {@code idx_lead_callback (callback_by, callback_at)}).
 */
@Service
public class MyCalls {

    /** One call to make: which lead, when, what to do; {@code overdue} when its time has passed. */
    public record Call(String reference, Outcome outcome, Instant at, String purpose, boolean overdue) {
    }

    private final EntityManager em;
    private final Clock clock;

    MyCalls(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** At most {@code limit} of today's calls of the signed-in staff member, on leads still being worked on. */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public List<Call> today(int limit) {
        String me = CurrentStaff.username();
        Instant now = Instant.now(clock);
        Instant endOfDay = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Lead> lead = q.from(Lead.class);
        Path<Instant> at = lead.get("callback").get("at");
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(lead.get("callback").get("caller"), me),
                cb.lessThan(at, endOfDay), lead.get("status").in(LeadQueue.OPEN)));
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            where.add(cb.or(cb.isNull(lead.get("assignedTo")), cb.equal(lead.get("assignedTo"), me)));
        }
        q.multiselect(lead.get("reference"), lead.get("outcome"), at, lead.get("callback").get("purpose"))
                .where(where.toArray(Predicate[]::new)).orderBy(cb.asc(at), cb.asc(lead.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultStream()
                .map(t -> new Call(t.get(0, String.class), t.get(1, Outcome.class), t.get(2, Instant.class),
                        t.get(3, String.class), t.get(2, Instant.class).isBefore(now)))
                .toList();
    }
}
