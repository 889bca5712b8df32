package cn.whuh.portal.triage;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The queue's counts per status (its chips), kept for {@link #KEEP} per person and filter (decision 0091): the
 * chips are asked for on every open of the queue and every filter chosen, and a recruiter going from a lead back
 * to the queue, or clearing a search, asks again for the same ones within seconds. The grid's own count and its
 * rows are never kept. Timed on the JVM's monotonic clock, not the portal's {@code Clock} (fixed in tests).
 */
final class RecentCounts {

    /** How long counts are reused; a change to a lead shows in the chips at most this much later. */
    static final Duration KEEP = Duration.ofSeconds(5);
    /** At most so many kept at once (people × filters); expired ones are dropped first. */
    private static final int MAX = 500;

    private record Key(String who, boolean investigator, LeadFilter filter) {
    }

    private record Kept(long at, Map<LeadStatus, Long> counts) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    RecentCounts(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** The counts for this filter as seen by the signed-in person: kept ones if fresh, else {@code count}'s. */
    Map<LeadStatus, Long> get(LeadFilter filter, Supplier<Map<LeadStatus, Long>> count) {
        long now = nanos.getAsLong();
        Key key = new Key(CurrentStaff.username(), CurrentStaff.has(StaffRole.INVESTIGATOR), filter);
        Kept found = kept.get(key);
        if (found != null && now - found.at() < KEEP.toNanos()) {
            return found.counts();
        }
        Map<LeadStatus, Long> fresh = Collections.unmodifiableMap(new EnumMap<>(count.get()));
        if (kept.size() >= MAX) {
            kept.values().removeIf(k -> now - k.at() >= KEEP.toNanos());
        }
        if (kept.size() < MAX || kept.containsKey(key)) {
            kept.put(key, new Kept(now, fresh));
        }
        return fresh;
    }
}
