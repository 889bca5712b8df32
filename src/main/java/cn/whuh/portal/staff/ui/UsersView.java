package cn.whuh.portal.staff.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUser;
import cn.whuh.portal.staff.StaffUsers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/** ADMIN: create staff users, change their role, disable or enable them, reset their password. */
@Menu(title = "staff.nav.users", order = 3)
@Route(value = "staff/users", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_ROLE)
public class UsersView extends Div implements HasDynamicTitle {

    private final StaffUsers users;
    private final Grid<StaffUser> grid = new Grid<>();

    public UsersView(StaffUsers users) {
        this.users = users;
        add(new H1(getTranslation("staff.users.title")), createForm());

        grid.addColumn(StaffUser::getUsername).setHeader(getTranslation("staff.users.username")).setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("staff.users.role")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.isEnabled() ? "staff.users.active" : "staff.users.disabled"))
                .setHeader(getTranslation("staff.users.state")).setAutoWidth(true);
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
            users.create(username.getValue(), role.getValue(), password);
            showPassword(username.getValue().strip(), password);
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
                act(() -> users.changeRole(user.getUsername(), e.getValue()));
            }
        });
        return select;
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
            Notification.show(getTranslation(e.messageKey()));
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
        grid.setItems(users.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.users.title");
    }
}
