package cn.whuh.portal.staff.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import cn.whuh.portal.base.ui.Actions;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUser;
import cn.whuh.portal.staff.StaffUsers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * ADMIN: create staff users (the role starts at Recruiter), change their role (after a confirmation), disable or
 * enable them, reset their password, and see whose sign-in is locked after failed attempts and unlock it.
 */
@Menu(title = "staff.nav.users", order = 3)
@Route(value = "staff/users", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_ROLE)
public class UsersView extends Div implements HasDynamicTitle {

    private final StaffUsers users;
    private final Grid<StaffUser> grid = new Grid<>();
    private Map<String, Instant> locked = Map.of();

    public UsersView(StaffUsers users) {
        this.users = users;
        add(new H1(getTranslation("staff.users.title")), createForm());

        grid.addColumn(StaffUser::getUsername).setHeader(getTranslation("staff.users.username")).setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("staff.users.role")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("staff.users.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.users.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("users");
        add(grid);
        refresh();
    }

    private Div createForm() {
        TextField username = new TextField(getTranslation("staff.users.username"));
        username.setId("new-username");
        Select<StaffRole> role = roleChooser();
        role.setValue(StaffRole.RECRUITER);
        Button create = new Button(getTranslation("staff.users.create"), e -> act(() -> {
            String password = StaffUsers.generatePassword();
            StaffUser created = users.create(username.getValue(), role.getValue(), password);
            showPassword(created.getUsername(), password);
            username.clear();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        Div form = new Div(username, role, create);
        form.addClassName("staff-inline-form");
        return form;
    }

    private Select<StaffRole> roleSelect(StaffUser user) {
        Select<StaffRole> select = roleChooser();
        select.setValue(user.getRole());
        select.setAriaLabel(getTranslation("staff.users.role") + " " + user.getUsername());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                confirmRole(user, e.getValue(), () -> select.setValue(e.getOldValue()));
            }
        });
        return select;
    }

    /** An inline role change ends the user's sessions: it asks first; "Cancel" puts the old role back. */
    private void confirmRole(StaffUser user, StaffRole role, Runnable undo) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("staff.users.role.confirm.title", user.getUsername()));
        confirm.setText(getTranslation("staff.users.role.confirm.text", user.getUsername(),
                getTranslation("staff.role." + role.name())));
        confirm.setConfirmText(getTranslation("staff.users.role.confirm.ok"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("staff.users.role.confirm.cancel"));
        confirm.addConfirmListener(e -> act(() -> users.changeRole(user.getUsername(), role)));
        confirm.addCancelListener(e -> undo.run());
        confirm.addRejectListener(e -> undo.run());
        confirm.setId("confirm-role");
        confirm.open();
    }

    /** Active or disabled; for a locked user also until when, with "Unlock sign-in" beside it. */
    private Div state(StaffUser user) {
        Div state = new Div(new Span(getTranslation(user.isEnabled() ? "staff.users.active" : "staff.users.disabled")));
        state.addClassName("user-state");
        Instant until = locked.get(user.getUsername());
        if (until != null) {
            Span lockedUntil = new Span(getTranslation("staff.users.locked", StaffFormat.dateTime(until, getLocale())));
            lockedUntil.addClassName("user-locked");
            Button unlock = new Button(getTranslation("staff.users.unlock"),
                    e -> act(() -> users.unlock(user.getUsername())));
            unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            unlock.setId("unlock-" + user.getUsername());
            state.add(lockedUntil, unlock);
        }
        return state;
    }

    private Select<StaffRole> roleChooser() {
        Select<StaffRole> select = new Select<>();
        select.setLabel(getTranslation("staff.users.role"));
        select.setItems(StaffRole.values());
        select.setItemLabelGenerator(r -> getTranslation("staff.role." + r.name()));
        return select;
    }

    private Div actions(StaffUser user) {
        Button toggle = new Button(getTranslation(user.isEnabled() ? "staff.users.disable" : "staff.users.enable"),
                e -> act(() -> users.setEnabled(user.getUsername(), !user.isEnabled())));
        Button reset = new Button(getTranslation("staff.users.reset"), e -> act(() -> {
            String password = StaffUsers.generatePassword();
            users.resetPassword(user.getUsername(), password);
            showPassword(user.getUsername(), password);
        }));
        return new Div(toggle, reset);
    }

    /** Runs a change, then shows the list again, or the translated reason it was refused. */
    private void act(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("staff.users.saved"));
        } catch (StaffException e) {
            Notification.show(Actions.message(this, e));
        }
        refresh();
    }

    private void showPassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.users.password.title", username));
        Span value = new Span(password);
        value.addClassName("one-time-password");
        dialog.add(new Paragraph(getTranslation("staff.users.password.hint")), value);
        dialog.getFooter().add(new Button(getTranslation("staff.close"), e -> dialog.close()));
        dialog.open();
    }

    private void refresh() {
        List<StaffUser> all = users.all();
        locked = users.lockedOut(all);
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.users.title");
    }
}
