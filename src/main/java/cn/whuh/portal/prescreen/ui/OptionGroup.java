package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.ui.OptionSelect.Option;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasTheme;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;

/**
 * Radio buttons or checkboxes whose every option is one element, Vaadin's {@code <vaadin-radio-button>} or
 * {@code <vaadin-checkbox>} with its label and value as properties: Vaadin's {@code RadioButtonGroup} and
 * {@code CheckboxGroup} keep four server nodes per option (the option, a label, a span and its text), which made up
 * most of a visitor's session. The browser shows the same components.
 */
abstract class OptionGroup<C extends OptionGroup<C, T>, T> extends AbstractSinglePropertyField<C, T>
        implements HasLabel, HasHelper, HasTheme, HasValidationProperties {

    <P> OptionGroup(T empty, Class<P> property, SerializableFunction<P, T> toModel, SerializableFunction<T, P> toProperty,
            String optionTag, List<Option> options) {
        super("value", empty, property, toModel, toProperty);
        getElement().setProperty("manualValidation", true);
        for (Option option : options) {
            getElement().appendChild(new Element(optionTag).setProperty("label", option.label())
                    .setProperty("value", option.value()));
        }
    }

    /** The name screen readers give the group when it has no label of its own. */
    void setAccessibleName(String name) {
        getElement().setProperty("accessibleName", name);
    }

    /** The options' values, in their order. */
    List<String> values() {
        return getElement().getChildren().map(option -> option.getProperty("value")).toList();
    }
}
