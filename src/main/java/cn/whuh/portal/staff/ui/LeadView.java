package cn.whuh.portal.staff.ui;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadJson;
import cn.whuh.portal.lead.LeadConsent;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.leads.AttemptResult;
import cn.whuh.portal.staff.leads.LeadCase;
import cn.whuh.portal.staff.leads.LeadAnswers;
import cn.whuh.portal.staff.leads.LeadEvent;
import cn.whuh.portal.staff.leads.LeadQueue;
import cn.whuh.portal.staff.leads.LeadWork;
import cn.whuh.portal.staff.leads.LeadWork.StatusChange;
import cn.whuh.portal.staff.leads.Workflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One lead: contact card, the evaluation as a checklist for the call, answers, consents and source; the
 * workflow (attempts, status, assignment, next action), append-only notes, possible duplicates and a
 * timeline of everything that happened. Opening it, revealing contact details and every change are audited.
 */
@Route("staff/leads")
@RolesAllowed(StaffRole.RECRUITER_ROLE)
public class LeadView extends StaffPage implements HasUrlParameter<String> {

    private final LeadWork work;
    private final StaffUsers users;
    private final LeadAnswers answers;
    private final LeadJson json;
    private final Div content = new Div();
    private String reference;
    private boolean contactShown;

    public LeadView(LeadWork work, StaffUsers users, LeadAnswers answers, LeadJson json,
            AuthenticationContext authentication) {
        super("staff.lead.title", authentication);
        this.work = work;
        this.users = users;
        this.answers = answers;
        this.json = json;
        content.addClassName("lead-page");
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            LeadCase found = work.open(parameter);
            reference = found.lead().getReference();
            render(found);
        } catch (StaffException e) {
            throw new NotFoundException(getTranslation(e.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return reference == null ? super.getPageTitle() : getTranslation("staff.lead.title") + " " + reference;
    }

    private void render(LeadCase c) {
        Lead lead = c.lead();
        content.removeAll();
        Span status = new Span(getTranslation("staff.status." + lead.getStatus()));
        status.addClassName("lead-status");
        status.setId("lead-status");
        Span outcome = new Span(getTranslation("staff.outcome." + lead.getOutcome()));
        outcome.addClassName("lead-outcome");
        outcome.getElement().setAttribute("data-outcome", lead.getOutcome().name());
        Div head = new Div(new H1(lead.getReference()), outcome, status);
        head.addClassName("lead-head");
        content.add(new RouterLink(getTranslation("staff.lead.back"), LeadQueueView.class), head);
        if (!c.duplicates().isEmpty()) {
            content.add(duplicates(c));
        }
        Div columns = new Div(
                column(contactCard(lead), workflowCard(c), notesCard()),
                column(evaluationCard(lead), timelineCard(c), detailsCard(lead)));
        columns.addClassName("lead-columns");
        content.add(columns);
    }

    private static Div column(Component... cards) {
        Div column = new Div(cards);
        column.addClassName("lead-column");
        return column;
    }

    private Section card(String titleKey, Component... children) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(children);
        section.addClassName("lead-card");
        return section;
    }

    private Div duplicates(LeadCase c) {
        Div box = new Div(new Span(getTranslation("staff.lead.duplicates")));
        box.addClassName("lead-duplicates");
        box.setId("duplicates");
        for (LeadCase.Duplicate d : c.duplicates()) {
            box.add(new RouterLink(d.reference() + " (" + getTranslation("staff.status." + d.status()) + ")",
                    LeadView.class, d.reference()));
        }
        return box;
    }

    private Section contactCard(Lead lead) {
        Section card = card("staff.lead.contact", new Paragraph(lead.getFullName()),
                line("staff.lead.language", getTranslation("staff.lead.language." + lead.getPreferredLanguage())),
                line("staff.lead.time", lead.getPreferredContactTime() == null ? "—" : lead.getPreferredContactTime()));
        if (!contactShown) {
            Button reveal = new Button(getTranslation("staff.lead.reveal"), e -> act(() -> {
                work.revealContact(reference);
                contactShown = true;
            }));
            reveal.setId("reveal-contact");
            card.add(reveal);
            return card;
        }
        String phone = StaffFormat.phone(lead.getPhone());
        Anchor call = new Anchor("tel:" + lead.getPhone(), phone);
        call.addClassName("lead-phone");
        call.setId("lead-phone");
        card.add(withCopy(call, phone));
        if (lead.getEmail() != null) {
            card.add(withCopy(new Anchor("mailto:" + lead.getEmail(), lead.getEmail()), lead.getEmail()));
        }
        if (lead.getWechatId() != null) {
            card.add(withCopy(new Span(getTranslation("staff.lead.wechat") + " " + lead.getWechatId()),
                    lead.getWechatId()));
        }
        return card;
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

    private Paragraph line(String labelKey, String value) {
        Paragraph p = new Paragraph(getTranslation(labelKey) + ": " + value);
        p.addClassName("lead-line");
        return p;
    }

    private Section workflowCard(LeadCase c) {
        Lead lead = c.lead();
        Section card = card("staff.lead.workflow");
        if (c.suggestUnreachable()) {
            Paragraph hint = new Paragraph(getTranslation("staff.lead.suggestUnreachable", c.unansweredInARow()));
            hint.addClassName("lead-hint");
            hint.setId("suggest-unreachable");
            card.add(hint);
        }
        if (lead.getScreeningAt() != null && lead.getStatus() == LeadStatus.SCREENING_SCHEDULED) {
            card.add(line("staff.lead.screeningAt", StaffFormat.dateTime(lead.getScreeningAt(), getLocale())));
        }
        if (lead.getRecontactDate() != null) {
            card.add(line("staff.lead.recontact", lead.getRecontactDate().toString()));
        }
        if (LeadQueue.OPEN.contains(lead.getStatus())) {
            card.add(attempts());
        }
        card.add(statusChange(c), assignment(lead), nextAction(lead));
        return card;
    }

    private Div attempts() {
        TextArea note = new TextArea(getTranslation("staff.lead.attemptNote"));
        note.setMaxLength(LeadWork.MAX_NOTE);
        note.setId("attempt-note");
        Div buttons = new Div();
        buttons.addClassName("lead-buttons");
        for (AttemptResult result : AttemptResult.values()) {
            Button b = new Button(getTranslation("staff.attempt." + result),
                    e -> act(() -> work.logAttempt(reference, result, note.getValue())));
            b.setId("attempt-" + result.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            buttons.add(b);
        }
        Div box = new Div(new Span(getTranslation("staff.lead.logAttempt")), note, buttons);
        box.addClassName("lead-block");
        return box;
    }

    private Div statusChange(LeadCase c) {
        Select<LeadStatus> to = new Select<>();
        to.setLabel(getTranslation("staff.lead.newStatus"));
        to.setItems(Workflow.next(c.lead().getStatus()).stream().sorted().toList());
        to.setItemLabelGenerator(s -> getTranslation("staff.status." + s));
        to.setId("new-status");
        Select<String> reason = new Select<>();
        reason.setLabel(getTranslation("staff.lead.reason"));
        reason.setItemLabelGenerator(r -> getTranslation("staff.reason." + r));
        reason.setVisible(false);
        reason.setId("status-reason");
        DateTimePicker when = new DateTimePicker(getTranslation("staff.lead.screeningAt"));
        when.setVisible(false);
        when.setId("screening-at");
        when.setDatePickerI18n(StaffDates.i18n(getLocale(), this::getTranslation));
        DatePicker recontact = new DatePicker(getTranslation("staff.lead.recontact"));
        recontact.setI18n(StaffDates.i18n(getLocale(), this::getTranslation));
        recontact.setValue(c.suggestedRecontact());
        recontact.setHelperText(c.suggestedRecontact() == null ? null : getTranslation("staff.lead.recontactHint"));
        TextArea note = new TextArea(getTranslation("staff.lead.statusNote"));
        note.setMaxLength(LeadWork.MAX_NOTE);
        note.setId("status-note");
        to.addValueChangeListener(e -> {
            LeadStatus s = e.getValue();
            List<String> reasons = s == null ? List.of() : Workflow.reasons(s);
            reason.setItems(reasons);
            reason.setVisible(!reasons.isEmpty());
            when.setVisible(s == LeadStatus.SCREENING_SCHEDULED);
        });
        Button save = new Button(getTranslation("staff.lead.changeStatus"), e -> act(() -> work.changeStatus(reference,
                new StatusChange(to.getValue(), reason.getValue(), note.getValue(), when.getValue(),
                        recontact.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-status");
        Div box = new Div(to, reason, when, recontact, note, save);
        box.addClassName("lead-block");
        box.setVisible(!Workflow.next(c.lead().getStatus()).isEmpty());
        return box;
    }

    private Div assignment(Lead lead) {
        Span current = new Span(getTranslation("staff.lead.assignedTo") + ": "
                + (lead.getAssignedTo() == null ? getTranslation("staff.lead.unassigned") : lead.getAssignedTo()));
        current.setId("assigned-to");
        Div box = new Div(current);
        box.addClassName("lead-block");
        if (CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            ComboBox<String> who = new ComboBox<>(getTranslation("staff.lead.assignTo"), users.activeUsernames());
            who.setValue(lead.getAssignedTo());
            who.setClearButtonVisible(true);
            who.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> work.assign(reference, e.getValue()));
                }
            });
            box.add(who);
        } else if (lead.getAssignedTo() == null) {
            Button take = new Button(getTranslation("staff.lead.take"),
                    e -> act(() -> work.assign(reference, CurrentStaff.username())));
            take.setId("take-lead");
            box.add(take);
        } else {
            box.add(new Button(getTranslation("staff.lead.release"), e -> act(() -> work.assign(reference, null))));
        }
        return box;
    }

    private Div nextAction(Lead lead) {
        DatePicker date = new DatePicker(getTranslation("staff.queue.nextAction"), lead.getNextActionDate());
        date.setI18n(StaffDates.i18n(getLocale(), this::getTranslation));
        date.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> work.setNextAction(reference, e.getValue()));
            }
        });
        Div box = new Div(date);
        box.addClassName("lead-block");
        return box;
    }

    private Section notesCard() {
        TextArea text = new TextArea(getTranslation("staff.lead.note"));
        text.setMaxLength(LeadWork.MAX_NOTE);
        text.setWidthFull();
        text.setId("note-text");
        Button add = new Button(getTranslation("staff.lead.addNote"), e -> act(() -> work.addNote(reference,
                text.getValue())));
        add.setId("add-note");
        return card("staff.lead.notes", new Paragraph(getTranslation("staff.lead.notesHint")), text, add);
    }

    private Section evaluationCard(Lead lead) {
        Section card = card("staff.lead.evaluation");
        List<CriterionResult> criteria;
        try {
            criteria = json.readEvaluation(lead).criteria();
        } catch (RuntimeException e) {
            card.add(new Paragraph(getTranslation("staff.lead.evaluationUnreadable")));
            return card;
        }
        List<CriterionResult> toCheck = criteria.stream()
                .filter(r -> r.status() != CriterionStatus.PASS)
                .sorted(Comparator.comparing(CriterionResult::status))
                .toList();
        UnorderedList checklist = new UnorderedList();
        checklist.addClassName("lead-checklist");
        checklist.setId("checklist");
        for (CriterionResult r : toCheck) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-status", r.status().name());
            Span badge = new Span(getTranslation("staff.criterion." + r.status()));
            badge.addClassName("criterion-" + r.status().name().toLowerCase(Locale.ROOT));
            item.add(badge, new Span(" " + r.id() + " " + text(r.title())), new Div(text(r.reason())));
            checklist.add(item);
        }
        card.add(new Paragraph(getTranslation("staff.lead.checklistHint")), checklist);
        card.add(answersOf(lead));
        return card;
    }

    private Details answersOf(Lead lead) {
        UnorderedList list = new UnorderedList();
        list.addClassName("lead-answers");
        for (LeadAnswers.Line line : answers.of(lead, getLocale())) {
            Span question = new Span(line.question());
            question.addClassName("answer-question");
            Div answer = new Div(line.answer());
            answer.addClassName("answer-value");
            ListItem item = new ListItem(question, answer);
            item.getElement().setAttribute("data-key", line.key());
            list.add(item);
        }
        Details details = new Details(getTranslation("staff.lead.answers"), list);
        details.setId("answers");
        return details;
    }

    private String text(Text t) {
        return t == null ? "" : t.in(getLocale());
    }

    private Section detailsCard(Lead lead) {
        UnorderedList consents = new UnorderedList();
        for (LeadConsent consent : lead.getConsents()) {
            consents.add(new ListItem(getTranslation("staff.consent." + consent.getKind()) + " — "
                    + consent.getNoticeVersion() + "/" + consent.getNoticeLanguage() + ", "
                    + StaffFormat.dateTime(consent.getGrantedAt(), getLocale())));
        }
        if (lead.isConsentFuture()) {
            consents.add(new ListItem(getTranslation("staff.consent.FUTURE_STUDIES")));
        }
        UnorderedList source = new UnorderedList();
        addIf(source, "utm_source", lead.getUtmSource());
        addIf(source, "utm_medium", lead.getUtmMedium());
        addIf(source, "utm_campaign", lead.getUtmCampaign());
        addIf(source, "utm_term", lead.getUtmTerm());
        addIf(source, "utm_content", lead.getUtmContent());
        addIf(source, getTranslation("staff.lead.referrer"), lead.getReferrer());
        if (source.getChildren().findAny().isEmpty()) {
            source.add(new ListItem(getTranslation("staff.lead.direct")));
        }
        return card("staff.lead.consentsAndSource", new H2(getTranslation("staff.lead.consents")), consents,
                new H2(getTranslation("staff.lead.source")), source,
                line("staff.queue.received", StaffFormat.dateTime(lead.getCreatedAt(), getLocale())));
    }

    private static void addIf(UnorderedList list, String label, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new ListItem(label + ": " + value));
        }
    }

    private Section timelineCard(LeadCase c) {
        record Entry(Instant at, String actor, String what, String note) {
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(c.lead().getCreatedAt(), "—", getTranslation("staff.timeline.received"), null));
        for (LeadEvent e : c.events()) {
            entries.add(new Entry(e.getOccurredAt(), e.getActor(), describe(e), e.getNote()));
        }
        for (AuditEvent a : c.audit()) {
            if (a.getAction().equals("LEAD_VIEWED") || a.getAction().equals("CONTACT_REVEALED")) {
                entries.add(new Entry(a.getOccurredAt(), a.getActor(), getTranslation("staff.audit." + a.getAction()),
                        null));
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        UnorderedList list = new UnorderedList();
        list.addClassName("lead-timeline");
        list.setId("timeline");
        for (Entry e : entries) {
            ListItem item = new ListItem();
            Span when = new Span(StaffFormat.dateTime(e.at(), getLocale()) + " · " + e.actor());
            when.addClassName("timeline-when");
            item.add(when, new Div(e.what()));
            if (e.note() != null) {
                Div note = new Div(e.note());
                note.addClassName("timeline-note");
                item.add(note);
            }
            list.add(item);
        }
        return card("staff.lead.timeline", list);
    }

    private String describe(LeadEvent e) {
        return switch (e.getKind()) {
            case ATTEMPT -> getTranslation("staff.timeline.attempt", getTranslation("staff.attempt." + e.getAttemptResult()));
            case STATUS -> getTranslation("staff.timeline.status", getTranslation("staff.status." + e.getFromStatus()),
                    getTranslation("staff.status." + e.getToStatus()))
                    + (e.getReasonCode() == null ? "" : " — " + getTranslation("staff.reason." + e.getReasonCode()))
                    + (e.getScheduledAt() == null ? "" : " — " + StaffFormat.dateTime(e.getScheduledAt(), getLocale()));
            case NOTE -> getTranslation("staff.timeline.note");
            case ASSIGNMENT -> getTranslation("staff.timeline.assigned",
                    e.getReasonCode() == null ? getTranslation("staff.lead.unassigned") : e.getReasonCode());
        };
    }

    /** Runs a change and shows the lead again, or says in the user's language why it was refused. */
    private void act(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("staff.lead.saved"), 2000, Notification.Position.TOP_CENTER);
        } catch (StaffException e) {
            Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        render(work.reload(reference));
    }
}
