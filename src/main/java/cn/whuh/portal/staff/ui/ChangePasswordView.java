package cn.whuh.portal.staff.ui;

import cn.whuh.portal.triage.ui.StaffHomeView;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Every signed-in user changes their own password here; a one-time password leads here first. */
@Route("staff/password")
@PermitAll
public class ChangePasswordView extends StaffPage {

    public ChangePasswordView(StaffUsers users, AuthenticationContext authentication) {
        super("staff.password.title", authentication);
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
                getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class));
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
}
