package cn.whuh.portal.settings.ui;

import cn.whuh.portal.staff.ui.StaffLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import cn.whuh.portal.base.config.SiteTime;
import cn.whuh.portal.settings.SettingsException;
import cn.whuh.portal.settings.SiteSettings;
import cn.whuh.portal.settings.SiteSettings.Current;
import cn.whuh.portal.settings.SystemFacts;
import cn.whuh.portal.settings.SystemFacts.Facts;
import cn.whuh.portal.staff.StaffRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * ADMIN: the settings that can change while the portal runs (who receives lead mail and the digest, whether the
 * digest is sent) and, read-only, how this installation is set up. A refused change shows why and changes
 * nothing; a change another admin made meanwhile is shown instead of being overwritten.
 */
@Menu(title = "settings.nav", order = 6)
@Route(value = "staff/settings", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_ROLE)
@StyleSheet("styles/settings.css")
public class SettingsView extends Div implements HasDynamicTitle {

    private final SiteSettings settings;
    private final TextArea recipients = new TextArea();
    private final Div recipientsState = new Div();
    private final Button reset = new Button();
    private final Checkbox digest = new Checkbox();
    private Current current;

    public SettingsView(SiteSettings settings, SystemFacts system) {
        this.settings = settings;
        addClassName("settings-page");
        Facts facts = system.facts();
        add(new H1(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")),
                recipientsSection(), digestSection(facts), systemSection(facts));
        load();
    }

    private Section recipientsSection() {
        recipients.setId("lead-recipients");
        recipients.setLabel(getTranslation("settings.recipients.label"));
        recipients.setHelperText(getTranslation("settings.recipients.helper", SiteSettings.MAX_RECIPIENTS));
        recipients.addClassName("settings-recipients");
        recipients.addValueChangeListener(event -> recipients.setInvalid(false));
        recipientsState.setId("recipients-state");
        recipientsState.addClassName("settings-state");
        Button save = new Button(getTranslation("settings.recipients.save"), click -> saveRecipients());
        save.setId("save-recipients");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        reset.setText(getTranslation("settings.recipients.reset"));
        reset.setId("reset-recipients");
        reset.addClickListener(click -> change(() -> {
            settings.resetLeadRecipients(current.leadRecipients().version());
            return getTranslation("settings.recipients.wasReset", String.join(", ", settings.defaultRecipients()));
        }));
        Div actions = new Div(save, reset);
        actions.addClassName("settings-actions");
        return section("settings.recipients.title", new Paragraph(getTranslation("settings.recipients.intro")),
                recipients, recipientsState, actions);
    }

    private Section digestSection(Facts facts) {
        digest.setId("daily-digest");
        digest.setLabel(getTranslation("settings.digest.label"));
        digest.setHelperText(getTranslation("settings.digest.helper", facts.digestTime(), facts.siteZone()));
        digest.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                change(() -> {
                    settings.changeDailyDigest(event.getValue(), current.dailyDigest().version());
                    return getTranslation(event.getValue() ? "settings.digest.on" : "settings.digest.off");
                });
            }
        });
        return section("settings.digest.title", digest);
    }

    private Section systemSection(Facts facts) {
        String unknown = getTranslation("settings.system.unknown");
        DescriptionList list = new DescriptionList();
        list.setId("system-facts");
        list.addClassName("settings-facts");
        fact(list, "settings.system.version", getTranslation("settings.system.version.value",
                orElse(facts.version(), unknown), facts.builtAt() == null ? unknown : SiteTime.format(facts.builtAt()),
                facts.javaVersion(), facts.springBootVersion()));
        String location = orElse(facts.databaseLocation(), unknown);
        fact(list, "settings.system.database", facts.embeddedDatabase()
                ? getTranslation("settings.system.database.embedded", location, orElse(facts.dataDir(), unknown))
                : getTranslation("settings.system.database.external", location));
        fact(list, "settings.system.databaseVersion", orElse(facts.databaseVersion(), unknown));
        fact(list, "settings.system.schema", orElse(facts.schemaVersion(), unknown));
        fact(list, "settings.system.mail", orElse(facts.mailServer(), getTranslation("settings.system.mail.none")));
        fact(list, "settings.system.baseUrl", facts.baseUrl());
        fact(list, "settings.system.digest", facts.digestTime() + " (" + facts.siteZone() + ")");
        fact(list, "settings.system.signIn", getTranslation("settings.system.signIn.value", facts.maxFailedLogins(),
                facts.lockout().toMinutes()));
        fact(list, "settings.system.idle", minutes(facts.idleTimeout()));
        fact(list, "settings.system.rateLimit",
                getTranslation("settings.system.rateLimit.value", facts.rateLimitPerHour()));
        return section("settings.system.title", new Paragraph(getTranslation("settings.system.intro")), list);
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("settings-section");
        return section;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new Term(getTranslation(key)), new Description(value));
    }

    private String minutes(Duration duration) {
        return getTranslation("settings.system.minutes", duration.toMinutes());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private void saveRecipients() {
        try {
            var saved = settings.changeLeadRecipients(recipients.getValue(), current.leadRecipients().version());
            load();
            Notification.show(getTranslation("settings.recipients.saved", String.join(", ", saved)));
        } catch (SettingsException refused) {
            if (refused.messageKey().equals("settings.error.conflict")) {
                load();
            }
            recipients.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            recipients.setInvalid(true);
        }
    }

    /** Runs a change; shows what it did, or why it was refused (then the stored values, which may be newer). */
    private void change(Supplier<String> action) {
        try {
            String done = action.get();
            load();
            Notification.show(done);
        } catch (SettingsException refused) {
            load();
            Notification.show(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    /** Shows the stored values with their versions, which the next change is checked against. */
    private void load() {
        current = settings.current();
        recipients.setValue(String.join("\n", current.leadRecipients().value()));
        recipientsState.removeAll();
        recipientsState.add(new Paragraph(current.leadRecipients().environmentDefault()
                ? getTranslation("settings.recipients.usingDefault")
                : getTranslation("settings.recipients.savedBy", current.leadRecipients().updatedBy(),
                        SiteTime.format(current.leadRecipients().updatedAt()))),
                new Paragraph(getTranslation("settings.recipients.default",
                        String.join(", ", current.defaultRecipients()))));
        reset.setEnabled(!current.leadRecipients().environmentDefault());
        digest.setValue(current.dailyDigest().value());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
