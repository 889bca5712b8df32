package cn.whuh.portal.lead.ui;

import cn.whuh.portal.base.ui.DeviceStorage;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contact form while it is filled in, kept on the person's device like the questionnaire's answers
 * ({@link DeviceStorage}): a reload or a language switch keeps name, phone and consent ticks. Forgotten once the
 * form is sent (the details are then stored with consent, docs/leads.md).
 */
final class KeptContact {

    private final DeviceStorage storage;
    private final String name;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    KeptContact(DeviceStorage storage, String nctId) {
        this.storage = storage;
        this.name = "contact." + nctId;
    }

    /** Keeps the field's value on the device at each change; a value kept earlier is shown again. */
    <V> KeptContact field(String key, AbstractField<?, V> field) {
        fields.put(key, field);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        return this;
    }

    /** Shows the values kept on the device, once the form is in the page. */
    void restoreInto(Component form) {
        form.addAttachListener(attach -> storage.load(name, kept -> kept.ifPresent(values ->
                fields.forEach((key, field) -> show(field, values.get(key))))));
    }

    /** Shows a kept value of the field's type; leaves the field as it is for anything else. */
    @SuppressWarnings("unchecked")
    private static void show(HasValue<?, ?> field, Object value) {
        Object empty = field.getEmptyValue();
        boolean fits = value != null && (empty == null ? value instanceof String : empty.getClass().isInstance(value));
        if (fits) {
            try {
                ((HasValue<?, Object>) field).setValue(value);
            } catch (IllegalArgumentException notAChoice) {
                // e.g. a language the form does not offer: the field keeps its value
            }
        }
    }

    private void save() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (field.getValue() != null) {
                values.put(key, field.getValue());
            }
        });
        storage.save(name, values);
    }

    void forget() {
        storage.forget(name);
    }
}
