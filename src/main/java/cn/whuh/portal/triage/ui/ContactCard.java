package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadContact;
import cn.whuh.portal.staff.ui.StaffFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

/**
 * Name, language and best time, and why the number gets no SMS when it is not a Chinese mobile one; phone, e-mail
 * and WeChat only after "Show" (audited by {@code reveal}).
 */
class ContactCard extends LeadCard {

    ContactCard(Lead lead, boolean shown, LeadActions actions, Runnable reveal) {
        super("staff.lead.contact");
        LeadContact contact = lead.getContact();
        add(new Paragraph(contact.fullName()),
                line("staff.lead.language", getTranslation("staff.lead.language." + contact.preferredLanguage())),
                line("staff.lead.time", contact.preferredContactTime() == null ? "—" : contact.preferredContactTime()));
        if (!contact.phone().chineseMobile()) {
            // notify sends SMS to Chinese mobile numbers only (docs/notify.md#sms)
            Paragraph noSms = new Paragraph(getTranslation("staff.lead.noSms"));
            noSms.setId("lead-no-sms");
            noSms.addClassName("lead-no-sms");
            add(noSms);
        }
        if (!shown) {
            Button show = new Button(getTranslation("staff.lead.reveal"), e -> actions.act(reveal));
            show.setId("reveal-contact");
            add(show);
            return;
        }
        String phone = StaffFormat.phone(contact.phone().value());
        Anchor call = new Anchor("tel:" + contact.phone().value(), phone);
        call.addClassName("lead-phone");
        call.setId("lead-phone");
        add(withCopy(call, phone));
        if (contact.email() != null) {
            add(withCopy(new Anchor("mailto:" + contact.email(), contact.email()), contact.email()));
        }
        if (contact.wechatId() != null) {
            add(withCopy(new Span(getTranslation("staff.lead.wechat") + " " + contact.wechatId()), contact.wechatId()));
        }
    }

    private Div withCopy(Component value, String text) {
        Button copy = new Button(getTranslation("staff.lead.copy"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text);
            Notification.show(getTranslation("staff.lead.copied"));
        });
        Div row = new Div(value, copy);
        row.addClassName("lead-contact-row");
        return row;
    }
}
