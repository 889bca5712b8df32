package cn.whuh.portal.notify.ui;

import cn.whuh.portal.staff.ui.StaffLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import cn.whuh.portal.notify.Channel;
import cn.whuh.portal.notify.MailMessage;
import cn.whuh.portal.notify.MailStatus;
import cn.whuh.portal.notify.NotifyProperties;
import cn.whuh.portal.notify.Outbox;
import cn.whuh.portal.base.config.SiteTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox for administrators: every mail and SMS with its status, attempts and last error, newest first; a
 * message can be read as the recipient sees it, and a DEAD or waiting one can be sent again. Without an SMTP
 * server or an SMS provider (development) this is where the kept messages are read.
 */
@Menu(title = "staff.nav.outbox", order = 5)
@Route(value = "staff/outbox", layout = StaffLayout.class)
@RolesAllowed("ADMIN")
@StyleSheet("styles/notify.css")
public class OutboxView extends Div implements HasDynamicTitle {

    static final int SHOWN = 200;

    private final Outbox outbox;
    private final NotifyProperties properties;
    private final Select<MailStatus> filter = new Select<>();
    private final Div list = new Div();

    public OutboxView(Outbox outbox, NotifyProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
        addClassName("outbox-page");
        add(new H1(getTranslation("notify.outbox.title")), new Paragraph(getTranslation("notify.outbox.intro")));
        for (Channel channel : Channel.values()) {
            if (!outbox.sending(channel)) {
                Paragraph kept = new Paragraph(getTranslation(channel == Channel.MAIL ? "notify.outbox.kept"
                        : "notify.outbox.keptSms"));
                kept.addClassName("outbox-notice");
                add(kept);
            }
        }
        filter.setLabel(getTranslation("notify.outbox.filter"));
        filter.setItems(MailStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("notify.outbox.all"));
        filter.setItemLabelGenerator(status -> status == null ? getTranslation("notify.outbox.all") : statusLabel(status));
        filter.addValueChangeListener(event -> refresh());
        list.addClassName("outbox-list");
        add(filter, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<MailMessage> messages = outbox.latest(filter.getValue(), SHOWN);
        if (messages.isEmpty()) {
            list.add(new Paragraph(getTranslation("notify.outbox.empty")));
        }
        messages.forEach(message -> list.add(card(message)));
    }

    private Div card(MailMessage message) {
        Span status = new Span(statusLabel(message.getStatus()));
        status.addClassNames("outbox-status", "outbox-status-" + message.getStatus().name().toLowerCase());
        Span channel = new Span(getTranslation("notify.channel." + message.getChannel().name()));
        channel.addClassNames("outbox-channel", "outbox-channel-" + message.getChannel().name().toLowerCase());
        Span kind = new Span(getTranslation("notify.kind." + message.getKind().name()));
        kind.addClassName("outbox-kind");
        Div head = new Div(status, channel, kind);
        head.addClassName("outbox-head");
        if (message.getLeadReference() != null) {
            Span reference = new Span(message.getLeadReference());
            reference.addClassName("outbox-reference");
            head.add(reference);
        }
        Paragraph subject = new Paragraph(message.getSubject());
        subject.addClassName("outbox-subject");

        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("notify.outbox.created") + ": " + SiteTime.format(message.getCreatedAt()));
        facts.add(getTranslation("notify.outbox.attempts") + ": " + message.getAttempts() + " / "
                + properties.maxAttempts());
        if (message.getSentAt() != null) {
            facts.add(getTranslation("notify.outbox.sent") + ": " + SiteTime.format(message.getSentAt()));
        } else if (message.getStatus() == MailStatus.PENDING) {
            facts.add(getTranslation("notify.outbox.next") + ": " + SiteTime.format(message.getNextAttemptAt()));
        }
        Paragraph meta = new Paragraph(String.join(" · ", facts));
        meta.addClassName("outbox-meta");

        Div card = new Div(head, subject, meta);
        card.addClassName("outbox-card");
        if (message.getLastError() != null) {
            Paragraph error = new Paragraph(getTranslation("notify.outbox.error") + ": " + message.getLastError());
            error.addClassName("outbox-error");
            card.add(error);
        }
        Button read = new Button(getTranslation("notify.outbox.read"), click -> read(message));
        Div actions = new Div(read);
        actions.addClassName("outbox-actions");
        if (outbox.sending(message.getChannel()) && Outbox.retryable(message.getStatus())) {
            Button retry = new Button(getTranslation("notify.outbox.retry"), click -> retry(message));
            retry.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(retry);
        }
        card.add(actions);
        return card;
    }

    private void retry(MailMessage message) {
        boolean retried = outbox.retry(message.getId());
        Notification.show(getTranslation(retried ? "notify.outbox.retried" : "notify.outbox.notRetried"));
        refresh();
    }

    private void read(MailMessage message) {
        Dialog dialog = new Dialog();
        dialog.addClassName("outbox-dialog");
        dialog.setHeaderTitle(message.getSubject());
        dialog.setWidth("720px");
        Paragraph meta = new Paragraph(getTranslation("notify.kind." + message.getKind().name()) + " · "
                + getTranslation("notify.outbox.to") + ": " + erasedIfNull(message.getRecipient()) + " · "
                + getTranslation("notify.outbox.messageId") + ": " + message.getMessageId());
        meta.addClassName("outbox-meta");
        if (message.getChannel() == Channel.SMS) {
            Pre text = new Pre(erasedIfNull(message.getTextBody()));
            text.addClassName("outbox-sms-text");
            Paragraph template = new Paragraph(getTranslation("notify.outbox.template") + ": "
                    + message.getTemplate() + " (" + message.getLanguage() + ") " + message.getTemplateParameters());
            template.addClassName("outbox-meta");
            dialog.add(meta, text, template);
        } else {
            IFrame html = new IFrame();
            html.setSrcdoc(erasedIfNull(message.getHtmlBody()));
            // an empty sandbox: every restriction (no scripts, forms, pop-ups, same-origin access); IFrame.setSandbox()
            // without arguments leaves the attribute out altogether
            html.getElement().setAttribute("sandbox", "");
            html.addClassName("outbox-html");
            html.setTitle(message.getSubject());
            NativeDetails text = new NativeDetails(getTranslation("notify.outbox.text"),
                    new Pre(erasedIfNull(message.getTextBody())));
            text.addClassName("outbox-text");
            dialog.add(meta, html, text);
        }
        dialog.getFooter().add(new Button(getTranslation("notify.outbox.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Recipient and bodies of a lead's messages are emptied when its personal data is erased. */
    private String erasedIfNull(String value) {
        return value == null ? getTranslation("notify.outbox.erased") : value;
    }

    private String statusLabel(MailStatus status) {
        return getTranslation("notify.status." + status.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.outbox.title");
    }
}
