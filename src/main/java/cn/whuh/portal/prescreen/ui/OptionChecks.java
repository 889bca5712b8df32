package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.ui.OptionSelect.Option;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;

/** Any of some options as checkboxes (see {@link OptionGroup}); the value is the set of those ticked. */
@Tag("vaadin-checkbox-group")
@NpmPackage(value = "@vaadin/checkbox-group", version = "25.2.4")
@JsModule("@vaadin/checkbox-group/src/vaadin-checkbox-group.js")
@NpmPackage(value = "@vaadin/checkbox", version = "25.2.4")
@JsModule("@vaadin/checkbox/src/vaadin-checkbox.js")
class OptionChecks extends OptionGroup<OptionChecks, Set<String>> {

    OptionChecks(List<Option> options) {
        super(Set.of(), ArrayNode.class, OptionChecks::toSet, OptionChecks::toArray, "vaadin-checkbox", options);
    }

    private static Set<String> toSet(ArrayNode values) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            values.forEach(value -> set.add(value.asString()));
        }
        return Set.copyOf(set);
    }

    private static ArrayNode toArray(Set<String> values) {
        return JacksonUtils.listToJson(List.copyOf(values));
    }

    @Override
    public boolean isEmpty() {
        return getValue().isEmpty();
    }
}
