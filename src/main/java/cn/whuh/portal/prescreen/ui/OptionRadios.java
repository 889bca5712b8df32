package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.ui.OptionSelect.Option;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/** One of a few options as radio buttons (see {@link OptionGroup}); the value is the chosen one's, or empty. */
@Tag("vaadin-radio-group")
@NpmPackage(value = "@vaadin/radio-group", version = "25.2.4")
@JsModule("@vaadin/radio-group/src/vaadin-radio-group.js")
@JsModule("@vaadin/radio-group/src/vaadin-radio-button.js")
class OptionRadios extends OptionGroup<OptionRadios, String> {

    OptionRadios(List<Option> options) {
        super("", String.class, value -> value == null ? "" : value, value -> value, "vaadin-radio-button", options);
    }
}
