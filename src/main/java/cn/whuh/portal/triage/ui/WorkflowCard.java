package cn.whuh.portal.triage.ui;

import cn.whuh.portal.lead.StatusChange;
import cn.whuh.portal.lead.AttemptResult;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.staff.CurrentStaff;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.ui.StaffDates;
import cn.whuh.portal.staff.ui.StaffFormat;
import cn.whuh.portal.triage.LeadCase;
import cn.whuh.portal.triage.LeadWork;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The recruiter's work on the lead: log an attempt, change the status (reason, visit time, re-contact date,
 * note), assign, and the next-action date. A refused change keeps what was typed and marks the field at fault.
 */
class WorkflowCard extends LeadCard {

    private final LeadWork work;
    private final String reference;
    private final LeadActions actions;

    WorkflowCard(LeadCase c, LeadWork work, List<String> assignees, LeadActions actions) {
        super("staff.lead.workflow");
        this.work = work;
        this.reference = c.lead().getReference().value();
        this.actions = actions;
        Lead lead = c.lead();
        if (lead.suggestUnreachable()) {
            Paragraph hint = new Paragraph(getTranslation("staff.lead.suggestUnreachable", lead.unansweredInARow()));
            hint.addClassName("lead-hint");
            hint.setId("suggest-unreachable");
            add(hint);
        }
        if (lead.getScreeningAt() != null && lead.getStatus() == LeadStatus.SCREENING_SCHEDULED) {
            add(line("staff.lead.screeningAt", StaffFormat.dateTime(lead.getScreeningAt(), getLocale())));
        }
        if (lead.getRecontactDate() != null) {
            add(line("staff.lead.recontact", lead.getRecontactDate().toString()));
        }
        if (lead.getStatus().acceptsAttempts()) {
            add(attempts(lead));
        }
        add(statusChange(c), assignment(lead, assignees), new CallbackBlock(lead, work, assignees, actions));
    }

    private Div attempts(Lead lead) {
        TextArea note = new TextArea(getTranslation("staff.lead.attemptNote"));
        note.setMaxLength(Lead.MAX_NOTE);
        note.setId("attempt-note");
        Div buttons = new Div();
        buttons.addClassName("lead-buttons");
        for (AttemptResult result : AttemptResult.values()) {
            Button b = new Button(getTranslation("staff.attempt." + result), e -> actions.act(
                    () -> work.logAttempt(reference, result, note.getValue()),
                    refusal -> mark(refusal, Map.of("note", note))));
            b.setId("attempt-" + result.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            buttons.add(b);
        }
        Span count = new Span(getTranslation("staff.timeline.attemptCount", lead.getAttemptCount(),
                Lead.UNANSWERED_BEFORE_UNREACHABLE));
        count.addClassName("lead-attempt-count");
        count.setId("attempt-count");
        Div box = new Div(new Span(getTranslation("staff.lead.logAttempt")), count, note, buttons);
        box.addClassName("lead-block");
        return box;
    }

    private Div statusChange(LeadCase c) {
        LeadStatus from = c.lead().getStatus();
        Select<LeadStatus> to = new Select<>();
        to.setLabel(getTranslation("staff.lead.newStatus"));
        to.setItems(from.next().stream().sorted().toList());
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
        DateTimePicker followUp = new DateTimePicker(getTranslation("staff.lead.followUpAt"));
        followUp.setVisible(false);
        followUp.setId("follow-up-at");
        followUp.setDatePickerI18n(StaffDates.i18n(getLocale(), this::getTranslation));
        DatePicker recontact = new DatePicker(getTranslation("staff.lead.recontact"));
        recontact.setI18n(StaffDates.i18n(getLocale(), this::getTranslation));
        recontact.setValue(c.suggestedRecontact());
        recontact.setHelperText(c.suggestedRecontact() == null ? null : getTranslation("staff.lead.recontactHint"));
        recontact.setId("recontact-date");
        TextArea note = new TextArea(getTranslation("staff.lead.statusNote"));
        note.setMaxLength(Lead.MAX_NOTE);
        note.setId("status-note");
        to.addValueChangeListener(e -> {
            LeadStatus s = e.getValue();
            List<String> reasons = s == null ? List.of() : s.reasons();
            reason.setItems(reasons);
            reason.setVisible(!reasons.isEmpty());
            when.setVisible(s == LeadStatus.SCREENING_SCHEDULED);
            followUp.setVisible(s == LeadStatus.CONSIDERING);
        });
        Button save = new Button(getTranslation("staff.lead.changeStatus"), e -> actions.act(
                () -> work.changeStatus(reference, new StatusChange(to.getValue(), reason.getValue(),
                        note.getValue(), when.getValue(), recontact.getValue(), followUp.getValue())),
                refusal -> mark(refusal, Map.of("status", to, "reason", reason, "note", note, "screeningAt", when,
                        "recontactDate", recontact, "followUpAt", followUp))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-status");
        Div box = new Div(to, reason, when, followUp, recontact, note, save);
        box.addClassName("lead-block");
        box.setVisible(!from.next().isEmpty());
        return box;
    }

    private Div assignment(Lead lead, List<String> assignees) {
        Span current = new Span(getTranslation("staff.lead.assignedTo") + ": "
                + (lead.getAssignedTo() == null ? getTranslation("staff.lead.unassigned") : lead.getAssignedTo()));
        current.setId("assigned-to");
        Div box = new Div(current);
        box.addClassName("lead-block");
        if (CurrentStaff.has(StaffRole.INVESTIGATOR)) {
            ComboBox<String> who = new ComboBox<>(getTranslation("staff.lead.assignTo"), assignees);
            who.setValue(lead.getAssignedTo());
            who.setClearButtonVisible(true);
            who.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    actions.act(() -> work.assign(reference, e.getValue()));
                }
            });
            box.add(who);
        } else if (lead.getAssignedTo() == null) {
            Button take = new Button(getTranslation("staff.lead.take"),
                    e -> actions.act(() -> work.assign(reference, CurrentStaff.username())));
            take.setId("take-lead");
            box.add(take);
        } else {
            box.add(new Button(getTranslation("staff.lead.release"),
                    e -> actions.act(() -> work.assign(reference, null))));
        }
        return box;
    }
}
