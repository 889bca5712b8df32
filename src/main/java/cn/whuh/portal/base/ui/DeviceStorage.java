package cn.whuh.portal.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a visitor typed, kept in their own browser ({@code localStorage}) rather than on the server, so that closing
 * the browser loses nothing: the questionnaire's answers and the contact form before it is sent (see
 * docs/prescreen.md). Each entry is kept for {@link #KEPT} after its last change (the portal's clock decides,
 * not the device's); an older or unreadable entry is forgotten when read. Names are prefixed {@code portal.}, so
 * {@link #forgetAll()} clears what the portal kept on the device and nothing else. A browser that refuses
 * storage (a private window) simply keeps nothing.
 */
@Component
public class DeviceStorage {

    /** How long an entry is kept after its last change. */
    public static final Duration KEPT = Duration.ofDays(7);

    static final String PREFIX = "portal.";
    static final String SAVED_AT = "savedAt";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json;
    private final Clock clock;

    DeviceStorage(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the entry (replacing an earlier one of that name) on the device of the current UI. */
    public void save(String name, Map<String, Object> entry) {
        Map<String, Object> stored = new LinkedHashMap<>(entry);
        stored.put(SAVED_AT, clock.millis());
        page(ui -> ui.getPage().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }", PREFIX + name,
                json.writeValueAsString(stored)));
    }

    /**
     * Keeps a text field's value on the device as it is typed, in the browser itself (on every change of the
     * field's value, without asking the server), so what is typed after the session ended is kept too. The
     * entry holds {@code entry}, {@code value} and the device's time; an emptied field removes it. Read it back
     * with {@link #load}.
     */
    public void keepTyped(HasElement field, String name, Map<String, Object> entry) {
        field.getElement().executeJs("""
                const field = this, key = $0, entry = JSON.parse($1);
                if (field.portalKeptAs === key) { return; }
                field.portalKeptAs = key;
                field.addEventListener('value-changed', () => {
                  try {
                    if (field.value) {
                      localStorage.setItem(key, JSON.stringify(Object.assign({}, entry,
                          { value: field.value, savedAt: Date.now() })));
                    } else {
                      localStorage.removeItem(key);
                    }
                  } catch (e) { }
                });""", PREFIX + name, json.writeValueAsString(entry));
    }

    /** Reads the entry from the device, then calls back with it (empty when there is none, or none any more). */
    public void load(String name, Consumer<Optional<Map<String, Object>>> then) {
        page(ui -> ui.getPage()
                .executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }", PREFIX + name)
                .then(String.class, text -> {
                    Optional<Map<String, Object>> entry = read(text, clock.instant());
                    if (entry.isEmpty() && text != null) {
                        forget(name);
                    }
                    then.accept(entry);
                }, error -> then.accept(Optional.empty())));
    }

    /** Removes one entry from the device. */
    public void forget(String name) {
        page(ui -> ui.getPage().executeJs("try { localStorage.removeItem($0); } catch (e) { }", PREFIX + name));
    }

    /** Removes every entry the portal kept on the device. */
    public void forgetAll() {
        page(ui -> ui.getPage().executeJs("try { Object.keys(localStorage).filter(k => k.startsWith($0))"
                + ".forEach(k => localStorage.removeItem(k)); } catch (e) { }", PREFIX));
    }

    /** The entry stored as this text, without its time, if it is readable and was saved less than 7 days ago. */
    Optional<Map<String, Object>> read(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Map<String, Object> entry = new LinkedHashMap<>(json.readValue(text, MAP));
            if (!(entry.remove(SAVED_AT) instanceof Number savedAt)
                    || !Instant.ofEpochMilli(savedAt.longValue()).plus(KEPT).isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(entry);
        } catch (JacksonException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }

    private static void page(Consumer<UI> action) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            action.accept(ui);
        }
    }
}
