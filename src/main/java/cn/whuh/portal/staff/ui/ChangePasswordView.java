package cn.whuh.portal.staff.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Div;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffUsers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every signed-in user changes their own password here; a one-time password leads here first. */
@Route(value = "staff/password", layout = StaffLayout.class)
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    public ChangePasswordView(StaffUsers users) {
        PasswordField current = new PasswordField(getTranslation("staff.password.current"));
        PasswordField next = new PasswordField(getTranslation("staff.password.new"));
        PasswordField repeat = new PasswordField(getTranslation("staff.password.repeat"));
        next.setHelperText(getTranslation("staff.password.rule"));
        Button save = new Button(getTranslation("staff.password.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("staff.password.error.repeat"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                Notification.show(getTranslation("staff.password.saved"));
                getUI().ifPresent(ui -> ui.navigate(StaffLayout.HOME));
            } catch (StaffException ex) {
                next.setInvalid(true);
                next.setErrorMessage(getTranslation(ex.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        add(new H1(getTranslation("staff.password.title")));
        if (users.mustChangePassword(CurrentStaff.username())) {
            add(new Paragraph(getTranslation("staff.password.required")));
        }
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.password.title");
    }
}
