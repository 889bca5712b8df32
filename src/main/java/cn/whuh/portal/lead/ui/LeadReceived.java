package cn.whuh.portal.lead.ui;

import cn.whuh.portal.study.Phone;
import cn.whuh.portal.study.Study;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * After sending: the reference code, when the team will call and from which number (the study data file's
 * {@code callBack}), what happens next, the personal link (once, with a QR code) and how to withdraw; when the
 * person had already sent their details, says so with the earlier code (nothing new was stored).
 */
@StyleSheet("styles/lead.css")
class LeadReceived extends Div {

    /**
     * @param reference the code to quote, or null when nothing was stored (a robot filled the honeypot)
     * @param alreadySent whether the code is that of details sent before (nothing new stored)
     */
    LeadReceived(Study study, String reference, boolean futureOnly, boolean alreadySent) {
        this(study, reference, futureOnly, alreadySent, null);
    }

    /** @param personalLink the person's own page, shown this once with its QR code; null when there is none */
    LeadReceived(Study study, String reference, boolean futureOnly, boolean alreadySent, String personalLink) {
        addClassName("lead-received");
        setId("lead-received");
        getElement().setAttribute("role", "status");
        add(new H2(getTranslation(alreadySent ? "lead.done.alreadyTitle" : "lead.done.title")));
        if (alreadySent) {
            Paragraph already = new Paragraph(getTranslation("lead.done.already", reference));
            already.setId("lead-already-sent");
            add(already);
        }
        if (reference == null) {
            add(new Paragraph(getTranslation("lead.done.thanks")));
            return;
        }
        Span code = new Span(reference);
        code.setId("lead-reference");
        code.addClassName("lead-reference");
        Div codeBox = new Div(new Paragraph(getTranslation("lead.done.reference")), code,
                new Paragraph(getTranslation("lead.done.quote")));
        codeBox.addClassName("lead-reference-box");
        add(codeBox);
        if (!futureOnly) {
            add(callBack(study));
        }
        add(new H3(getTranslation("lead.done.next.title")));
        OrderedList next = new OrderedList();
        if (futureOnly) {
            next.add(new ListItem(getTranslation("lead.done.next.future")));
        } else {
            next.add(new ListItem(getTranslation("lead.done.next.call")),
                    new ListItem(getTranslation("lead.done.next.questions")),
                    new ListItem(getTranslation("lead.done.next.visit")));
        }
        add(next);
        if (personalLink != null) {
            add(personalLink(personalLink));
        }
        add(new H3(getTranslation("lead.done.withdraw.title")), new Paragraph(getTranslation("lead.done.withdraw",
                study.sitePhone().display())));
    }

    private Div personalLink(String link) {
        Anchor anchor = new Anchor(link, link);
        anchor.setId("lead-personal-link");
        anchor.getElement().setAttribute("rel", "noreferrer");
        Image qr = new Image(QrCode.svgDataUri(link), getTranslation("lead.done.link.qr"));
        qr.setId("lead-personal-qr");
        qr.addClassName("lead-qr");
        Div box = new Div(new H3(getTranslation("lead.done.link.title")), new Paragraph(getTranslation("lead.done.link")),
                anchor, qr, new Paragraph(getTranslation("lead.done.link.once")));
        box.addClassName("lead-personal-link");
        return box;
    }

    /** "We will call you within 2 working days … from (027) 8572 6808": so that the call is not taken for spam. */
    private Div callBack(Study study) {
        Phone from = study.callFrom();
        Anchor number = new Anchor(from.telUri(), from.display());
        number.setId("lead-call-from");
        Div box = new Div(new Paragraph(getTranslation("lead.done.callWhen", study.callWindow().in(getLocale()))),
                new Paragraph(new Span(getTranslation("lead.done.callFrom") + " "), number),
                new Paragraph(getTranslation("lead.done.callFromNote")));
        box.setId("lead-call-back");
        box.addClassName("lead-call-back");
        return box;
    }
}
