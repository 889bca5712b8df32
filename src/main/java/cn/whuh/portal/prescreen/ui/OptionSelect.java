package cn.whuh.portal.prescreen.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;

/**
 * A drop-down of fixed options whose list lives in the browser: Vaadin's {@code <vaadin-select>} given its
 * {@code items} as one property, where Vaadin's {@code Select} keeps a server component per option (a year of
 * diagnosis since 1930 is a hundred of them in every visitor's session). The same lists are shared by every
 * session ({@link #options}); the value is the chosen option's value, or an empty string.
 */
@Tag("vaadin-select")
@NpmPackage(value = "@vaadin/select", version = "25.2.4")
@JsModule("@vaadin/select/src/vaadin-select.js")
class OptionSelect extends AbstractSinglePropertyField<OptionSelect, String>
        implements HasLabel, HasValidationProperties, Focusable<OptionSelect> {

    /** One option: the text shown and the value sent. */
    record Option(String label, String value) {
    }

    private static final Map<List<Option>, ArrayNode> SHARED = new ConcurrentHashMap<>();

    OptionSelect(String label, String placeholder, List<Option> options) {
        super("value", "", false);
        setLabel(label);
        getElement().setProperty("placeholder", placeholder);
        getElement().setProperty("manualValidation", true);
        getElement().setPropertyJson("items", options(options));
    }

    /** The browser's form of a list of options, built once for all sessions: they never change it. */
    static ArrayNode options(List<Option> options) {
        return SHARED.computeIfAbsent(List.copyOf(options), JacksonUtils::listToJson);
    }
}
