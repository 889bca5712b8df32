package cn.whuh.portal.prescreen.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/** An answer held by one Vaadin field, which also shows the question's error. */
abstract class SimpleAnswerField<F extends Component & HasValue<?, ?> & HasValidation> implements AnswerField {

    protected final F field;

    SimpleAnswerField(F field) {
        this.field = field;
        field.setManualValidation(true);
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public void setError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener(e -> listener.run());
    }
}
