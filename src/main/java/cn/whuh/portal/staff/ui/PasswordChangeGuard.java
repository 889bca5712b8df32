package cn.whuh.portal.staff.ui;

import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffUsers;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** A user with a one-time password sees no staff page but the password change until they have changed it. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final StaffUsers users;

    PasswordChangeGuard(StaffUsers users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (enter.getLocation().getPath().startsWith(StaffLayout.HOME)
                    && enter.getNavigationTarget() != ChangePasswordView.class
                    && users.mustChangePassword(CurrentStaff.username())) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
