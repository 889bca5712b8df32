package cn.whuh.portal.triage;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage queue, answered by the database one page at a time: filtering, sorting and counting happen in
 * SQL, so the queue stays fast with 100 000 leads. A RECRUITER sees the leads that are unassigned or assigned
 * to them; an INVESTIGATOR or ADMIN sees all.
 */
@Service
public class LeadQueue {

    /** Still being worked on: neither closed nor enrolled. */
    public static final Set<LeadStatus> OPEN = Set.copyOf(Arrays.stream(LeadStatus.values())
            .filter(s -> !s.closed() && s != LeadStatus.ENROLLED).toList());
    /** A NEW lead untouched for this long is shown in a warning colour. */
    public static final Duration UNTOUCHED_WARNING = Duration.ofHours(24);
    /** A NEW lead untouched for this long is overdue (shown in the strongest colour). */
    public static final Duration OVERDUE_UNTOUCHED = Duration.ofHours(48);
    /** The outcomes of the active queue: everyone but those ruled out ({@link LeadFilter.Scope#FUTURE}). */
    static final Set<Outcome> QUALIFIED = Set.copyOf(Arrays.stream(Outcome.values()).filter(Outcome::qualified)
            .toList());
    /** A callback is "due now" from this long before its time on (and a fresh lead is one still NEW within 48 h). */
    public static final Duration DUE_NOW_AHEAD = Duration.ofMinutes(30);
    /** A lead overdue (untouched, or past its callback) for longer than this sinks to the end of the default order. */
    public static final Duration LONG_OVERDUE = Duration.ofDays(7);
    /** Columns the queue may be sorted by (entity attribute names). */
    private static final Set<String> CONTACT = Set.of("fullName", "phone");
    public static final Set<String> SORTABLE = Set.of("reference", "createdAt", "outcome", "status", "fullName",
            "phone", "assignedTo", "lastContactAt", "nextActionDate", "attemptCount");

    /** A whole reference such as LP-7K3QX: found through its unique index. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9]{5,9}");

    /** A requested order on one column. */
    public record Sort(String column, boolean ascending) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final RecentCounts recentCounts = new RecentCounts(System::nanoTime);

    LeadQueue(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * One page of the queue. Without a requested order: for speed to contact ({@link #speedToContact}).
     * <p>
     * A deferred join, so that deep pages stay fast: the first query sorts and skips over the narrow queue
     * index only and answers just the page's references; the second reads those few rows' columns through the
     * unique reference index. Deep pages also need MariaDB to keep the selected column in its sort buffer rather
     * than re-read every skipped (wide) lead by row id: see the connection settings in application.properties.
     */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public List<QueueRow> page(LeadFilter filter, List<Sort> sorts, int offset, int limit) {
        return rows(pageReferences(filter, sorts, offset, limit));
    }

    /**
     * The qualified NEW leads received in [{@code from}, {@code until}), newest first, at most {@code limit}: the
     * dashboard's "new today" (people ruled out who only asked about future studies are not in it). Visible as in the queue (a RECRUITER: unassigned or their own).
     */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public List<QueueRow> newReceivedBetween(Instant from, Instant until, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Lead> lead = q.from(Lead.class);
        q.select(lead.get("reference")).where(
                where(cb, lead, new LeadFilter(LeadFilter.Scope.STATUS, LeadStatus.NEW, null,
                        LeadFilter.Assignment.ANY, false, null), true),
                cb.greaterThanOrEqualTo(lead.get("createdAt"), from), cb.lessThan(lead.get("createdAt"), until));
        q.orderBy(cb.desc(lead.get("createdAt")), cb.desc(lead.get("id")));
        return rows(em.createQuery(q).setMaxResults(limit).getResultList());
    }

    /** The queue's columns of these leads, in the order given. */
    private List<QueueRow> rows(List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<QueueRow> q = cb.createQuery(QueueRow.class);
        Root<Lead> lead = q.from(Lead.class);
        q.select(cb.construct(QueueRow.class, lead.get("reference"), lead.get("createdAt"), lead.get("outcome"),
                lead.get("status"), path(lead, "fullName"), path(lead, "phone"), lead.get("assignedTo"),
                lead.get("lastContactAt"), lead.get("nextActionDate"), lead.get("privacy").get("erasedAt"),
                lead.get("attemptCount"), lead.get("callback").get("at")));
        q.where(lead.get("reference").in(references));
        Map<String, QueueRow> byReference = new HashMap<>();
        for (QueueRow row : em.createQuery(q).getResultList()) {
            byReference.put(row.reference(), row);
        }
        return references.stream().map(byReference::get).filter(Objects::nonNull).toList();
    }

    /** An attribute of a lead by name; name and phone are part of its contact details. */
    private static <T> Path<T> path(Root<Lead> lead, String attribute) {
        return CONTACT.contains(attribute) ? lead.get("contact").get(attribute) : lead.get(attribute);
    }

    /** The references of one page, in the queue's order. */
    private List<String> pageReferences(LeadFilter filter, List<Sort> sorts, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Lead> lead = q.from(Lead.class);
        q.select(lead.get("reference"));
        q.where(where(cb, lead, filter, true));
        List<Order> order = new ArrayList<>();
        for (Sort sort : sorts) {
            if (SORTABLE.contains(sort.column())) {
                order.add(sort.ascending() ? cb.asc(path(lead, sort.column())) : cb.desc(path(lead, sort.column())));
            }
        }
        if (order.isEmpty()) {
            order.addAll(speedToContact(cb, lead));
        }
        order.add(cb.asc(lead.get("id")));
        q.orderBy(order);
        return em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The default order, for speed to contact: callbacks due now (from {@link #DUE_NOW_AHEAD} before their time to a
     * day after it), then fresh untouched leads (NEW, under 48 h: when a call converts), then the rest, and last the
     * long-dead ones (untouched, or past their callback or next action date, for more than {@link #LONG_OVERDUE}); within each, likely
     * eligible first, then by the callback's time or, without one, the time received, the earliest first.
     */
    private List<Order> speedToContact(CriteriaBuilder cb, Root<Lead> lead) {
        Instant now = Instant.now(clock);
        Path<Instant> callback = lead.get("callback").get("at");
        Path<Instant> received = lead.get("createdAt");
        Predicate isNew = cb.equal(lead.get("status"), LeadStatus.NEW);
        Expression<Integer> bucket = cb.<Integer>selectCase()
                .when(cb.between(callback, now.minus(Duration.ofDays(1)), now.plus(DUE_NOW_AHEAD)), 0)
                .when(cb.and(isNew, cb.isNull(callback), cb.greaterThanOrEqualTo(received,
                        now.minus(OVERDUE_UNTOUCHED))), 1)
                .when(cb.or(cb.lessThan(callback, now.minus(LONG_OVERDUE)),
                        cb.lessThan(lead.get("nextActionDate"), LocalDate.now(clock).minusDays(LONG_OVERDUE.toDays())),
                        cb.and(isNew, cb.isNull(callback), cb.lessThan(received, now.minus(LONG_OVERDUE)))), 3)
                .otherwise(2);
        return List.of(cb.asc(bucket),
                cb.asc(cb.selectCase().when(cb.equal(lead.get("outcome"), Outcome.LIKELY_ELIGIBLE), 0).otherwise(1)),
                cb.asc(cb.coalesce(callback, received)));
    }

    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public long count(LeadFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Lead> lead = q.from(Lead.class);
        q.select(cb.count(lead)).where(where(cb, lead, filter, true));
        return em.createQuery(q).getSingleResult();
    }

    /**
     * How many leads the filter finds in each status (ignoring the filter's own status choice): the queue's chips.
     * Counted anew at most every {@link RecentCounts#KEEP} per person and filter (decision 0091).
     */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public Map<LeadStatus, Long> countsByStatus(LeadFilter filter) {
        return recentCounts.get(filter, () -> countByStatus(filter));
    }

    /** One index-only scan ({@code idx_lead_queue}) grouped by status. */
    private Map<LeadStatus, Long> countByStatus(LeadFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Lead> lead = q.from(Lead.class);
        Expression<LeadStatus> status = lead.get("status");
        q.multiselect(status, cb.count(lead)).where(where(cb, lead, filter, false)).groupBy(status);
        Map<LeadStatus, Long> counts = new EnumMap<>(LeadStatus.class);
        for (LeadStatus s : LeadStatus.values()) {
            counts.put(s, 0L);
        }
        for (Tuple row : em.createQuery(q).getResultList()) {
            counts.put(row.get(0, LeadStatus.class), row.get(1, Long.class));
        }
        return counts;
    }

    /**
     * Whether a lead shown in the queue is overdue: past its callback or next action date, or NEW and untouched for
     * 48 hours; the same rule as the filter {@link LeadFilter.Due#OVERDUE}.
     */
    public boolean isOverdue(QueueRow row) {
        Instant now = Instant.now(clock);
        return OPEN.contains(row.status())
                && ((row.callbackAt() != null && row.callbackAt().isBefore(now))
                        || (row.nextActionDate() != null && row.nextActionDate().isBefore(LocalDate.now(clock)))
                        || (row.status() == LeadStatus.NEW && row.createdAt().isBefore(now.minus(OVERDUE_UNTOUCHED))));
    }

    private Predicate overdue(CriteriaBuilder cb, Root<Lead> lead) {
        return cb.and(lead.get("status").in(OPEN), cb.or(
                cb.lessThan(lead.get("callback").get("at"), Instant.now(clock)),
                cb.lessThan(lead.get("nextActionDate"), LocalDate.now(clock)),
                cb.and(cb.equal(lead.get("status"), LeadStatus.NEW),
                        cb.lessThan(lead.get("createdAt"), Instant.now(clock).minus(OVERDUE_UNTOUCHED)))));
    }

    /** A callback or a next action (a screening visit) on today's Beijing date. */
    private Predicate dueToday(CriteriaBuilder cb, Root<Lead> lead) {
        LocalDate today = LocalDate.now(clock);
        Path<Instant> callback = lead.get("callback").get("at");
        return cb.and(lead.get("status").in(OPEN), cb.or(
                cb.and(cb.greaterThanOrEqualTo(callback, today.atStartOfDay(clock.getZone()).toInstant()),
                        cb.lessThan(callback, today.plusDays(1).atStartOfDay(clock.getZone()).toInstant())),
                cb.equal(lead.get("nextActionDate"), today)));
    }

    private Predicate due(CriteriaBuilder cb, Root<Lead> lead, LeadFilter.Due due) {
        return switch (due) {
            case ANY -> cb.conjunction();
            case TODAY -> dueToday(cb, lead);
            case OVERDUE -> overdue(cb, lead);
            case NOW -> cb.or(dueToday(cb, lead), overdue(cb, lead));
        };
    }

    /** Exactly so many attempts, or at least {@link Lead#UNANSWERED_BEFORE_UNREACHABLE}. */
    private static Predicate attempts(CriteriaBuilder cb, Root<Lead> lead, int attempts) {
        Path<Integer> count = lead.get("attemptCount");
        return attempts >= Lead.UNANSWERED_BEFORE_UNREACHABLE ? cb.greaterThanOrEqualTo(count, attempts)
                : cb.equal(count, attempts);
    }

    private Predicate where(CriteriaBuilder cb, Root<Lead> lead, LeadFilter filter, boolean withStatus) {
        List<Predicate> all = new ArrayList<>();
        String me = CurrentStaff.username();
        if (!CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            all.add(cb.or(cb.isNull(lead.get("assignedTo")), cb.equal(lead.get("assignedTo"), me)));
        }
        if (withStatus) {
            switch (filter.scope()) {
                case OPEN -> all.add(lead.get("status").in(OPEN));
                case STATUS -> all.add(cb.equal(lead.get("status"), filter.status()));
                // Always true, but it lets MariaDB read the covering index as a range: scanning it whole for a
                // sorted page, it reads every (wide) lead instead, 1-2 s at 100 000 leads rather than 0.2-0.3 s.
                case ALL, FUTURE -> all.add(lead.get("status").in(Arrays.asList(LeadStatus.values())));
            }
        }
        if (filter.scope() == LeadFilter.Scope.FUTURE) {
            all.add(cb.equal(lead.get("outcome"), Outcome.NOT_ELIGIBLE));
        } else if (filter.outcome() == null && filter.scope() != LeadFilter.Scope.ALL) {
            // the active queue: people ruled out who only asked about future studies have their own list
            all.add(lead.get("outcome").in(QUALIFIED));
        }
        if (filter.outcome() != null) {
            all.add(cb.equal(lead.get("outcome"), filter.outcome()));
        }
        switch (filter.assignment()) {
            case MINE -> all.add(cb.equal(lead.get("assignedTo"), me));
            case UNASSIGNED -> all.add(cb.isNull(lead.get("assignedTo")));
            case ANY -> { }
        }
        if (filter.due() != LeadFilter.Due.ANY) {
            all.add(due(cb, lead, filter.due()));
        }
        if (filter.attempts() != null) {
            all.add(attempts(cb, lead, filter.attempts()));
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        Optional<PhoneSearch> phone = PhoneSearch.of(text);
        if (REFERENCE.matcher(text).matches()) {
            all.add(cb.equal(lead.get("reference"), text.toUpperCase(Locale.ROOT)));
        } else if (phone.isPresent()) {
            all.add(phone(cb, lead, phone.get()));
        } else if (!text.isEmpty()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            all.add(cb.or(cb.like(lead.get("reference"), like.toUpperCase(Locale.ROOT), '\\'),
                    cb.like(path(lead, "fullName"), like, '\\')));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** Index range scans only: the phone's start on idx_lead_phone, its end on idx_lead_phone_reversed. */
    private static Predicate phone(CriteriaBuilder cb, Root<Lead> lead, PhoneSearch search) {
        List<Predicate> any = new ArrayList<>();
        for (String prefix : search.prefixes()) {
            any.add(cb.like(path(lead, "phone"), prefix + "%"));
        }
        if (search.reversedEnd() != null) {
            any.add(cb.like(lead.get("phoneReversed"), search.reversedEnd() + "%"));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }
}
