package cn.whuh.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What is kept on a device is read back for 7 days after its last change, by the portal's clock; then forgotten. */
class DeviceStorageTest {

    private final Instant saved = Instant.parse("2026-12-01T08:00:00Z");
    private final DeviceStorage storage = new DeviceStorage(JsonMapper.builder().build(), Clock.systemUTC());
    private final String kept = "{\"step\":\"recent\",\"answers\":{\"age_years\":34},\"savedAt\":" + saved.toEpochMilli()
            + "}";

    @Test
    void anEntryIsReadBackWithoutItsTimeForSevenDays() {
        assertThat(storage.read(kept, saved.plus(Duration.ofDays(7)).minusSeconds(1)))
                .contains(Map.of("step", "recent", "answers", Map.of("age_years", 34)));
    }

    @Test
    void anEntrySevenDaysOldIsForgotten() {
        assertThat(storage.read(kept, saved.plus(Duration.ofDays(7)))).isEmpty();
    }

    @Test
    void nothingUnreadableOrUndatedIsTakenBack() {
        assertThat(storage.read(null, saved)).isEmpty();
        assertThat(storage.read("{not json", saved)).isEmpty();
        assertThat(storage.read("[1, 2]", saved)).isEmpty();
        assertThat(storage.read("{\"step\":\"recent\"}", saved)).isEmpty();
    }
}
