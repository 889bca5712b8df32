package cn.whuh.portal.triage.ui;

import cn.whuh.portal.triage.CallChecklist;
import cn.whuh.portal.lead.Reference;
import cn.whuh.portal.staff.ui.NoteDrafts;
import cn.whuh.portal.staff.ui.StaffLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import cn.whuh.portal.base.Refusal;
import cn.whuh.portal.base.ui.Actions;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadErasure;
import cn.whuh.portal.lead.Retention;
import cn.whuh.portal.staff.StaffException;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.triage.LeadAnswers;
import cn.whuh.portal.triage.LeadCase;
import cn.whuh.portal.triage.LeadWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;

/**
 * One lead, as cards: contact (revealed on demand), the workflow (attempts, status, assignment, next action),
 * append-only notes, the evaluation as a checklist with the answers, consents and source, and a timeline of
 * everything that happened; possible duplicates on top. Opening it, revealing contact details and every change
 * are audited (by {@link LeadWork}).
 */
@StyleSheet("styles/triage.css")
@Route(value = "staff/leads", layout = StaffLayout.class)
@RolesAllowed(StaffRole.RECRUITER_ROLE)
public class LeadView extends Div implements HasDynamicTitle, HasUrlParameter<String>, LeadCard.LeadActions {

    private static final String CHANGED = "staff.lead.error.changed";
    private static final String NOT_YOURS = "staff.lead.error.notYours";

    private final LeadWork work;
    private final StaffUsers users;
    private final LeadAnswers answers;
    private final CallChecklist checklist;
    private final LeadErasure erasure;
    private final Retention retention;
    private final NoteDrafts drafts;
    private final Div content = new Div();
    private String reference;
    private long seenVersion;
    private boolean contactShown;

    public LeadView(LeadWork work, StaffUsers users, LeadAnswers answers, CallChecklist checklist,
            LeadErasure erasure, Retention retention, NoteDrafts drafts) {
        this.work = work;
        this.drafts = drafts;
        this.erasure = erasure;
        this.retention = retention;
        this.users = users;
        this.answers = answers;
        this.checklist = checklist;
        content.addClassName("lead-page");
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            LeadCase found = work.open(parameter);
            reference = found.lead().getReference().value();
            render(found);
        } catch (StaffException e) {
            if (!e.messageKey().equals(NOT_YOURS)) {
                throw new NotFoundException(getTranslation(e.messageKey()));
            }
            assignedElsewhere(parameter, e);
        }
    }

    @Override
    public String getPageTitle() {
        return reference == null ? getTranslation("staff.lead.title") : getTranslation("staff.lead.title") + " " + reference;
    }

    /**
     * Runs a change unless the lead changed elsewhere since this page showed it: then the page says who changed
     * what and shows the lead as it is now (or, if it went to someone else, whose it is).
     */
    @Override
    public void act(Runnable change, Consumer<Refusal> refused) {
        Actions.run(this, () -> {
            work.ensureUnchanged(reference, seenVersion);
            change.run();
        }, this::refresh, refusal -> {
            if (refusal.messageKey().equals(CHANGED) || refusal.messageKey().equals(NOT_YOURS)) {
                refresh();
            } else {
                refused.accept(refusal);
            }
        });
    }

    private void refresh() {
        try {
            render(work.reload(reference));
        } catch (StaffException e) {
            assignedElsewhere(reference, e);
        }
    }

    /** A lead that is someone else's: say whose, instead of "not found". */
    private void assignedElsewhere(String typed, StaffException e) {
        content.removeAll();
        Paragraph whose = new Paragraph(getTranslation("staff.lead.assignedElsewhere",
                Reference.of(typed).value(), e.args()[0]));
        whose.setId("assigned-elsewhere");
        content.add(LeadQueueView.backToQueue(getTranslation("staff.lead.back")), whose);
    }

    private void render(LeadCase c) {
        Lead lead = c.lead();
        seenVersion = lead.getVersion();
        content.removeAll();
        Span status = new Span(getTranslation("staff.status." + lead.getStatus()));
        status.addClassName("lead-status");
        status.setId("lead-status");
        Span outcome = new Span(getTranslation("staff.outcome." + lead.getOutcome()));
        outcome.addClassName("lead-outcome");
        outcome.getElement().setAttribute("data-outcome", lead.getOutcome().name());
        Div head = new Div(new H1(reference), outcome, status);
        head.addClassName("lead-head");
        lead.getDuplicateOf().ifPresent(kept -> {
            RouterLink of = new RouterLink(getTranslation("staff.lead.duplicateOf", kept.value()), LeadView.class,
                    kept.value());
            of.setId("duplicate-of");
            head.add(of);
        });
        content.add(LeadQueueView.backToQueue(getTranslation("staff.lead.back")), head);
        if (!c.duplicates().isEmpty()) {
            content.add(new DuplicatesBanner(c, this, (duplicates, note) -> work.closeDuplicates(reference,
                    duplicates, note)));
        }
        PrivacyCard privacy = new PrivacyCard(lead, retention, this, why -> erasure.eraseNow(reference, why));
        if (lead.isErased()) {
            Div columns = new Div(column(privacy), column(new TimelineCard(c), new ConsentsCard(lead)));
            columns.addClassName("lead-columns");
            content.add(columns);
            return;
        }
        Div columns = new Div(
                column(new ContactCard(lead, contactShown, this, this::reveal),
                        new WorkflowCard(c, work, users.activeUsernames(), this),
                        new NotesCard(this, note -> work.addNote(reference, note), drafts, reference), privacy),
                column(new ChecklistCard(lead, checklist, answers), new TimelineCard(c), new ConsentsCard(lead)));
        columns.addClassName("lead-columns");
        content.add(columns);
    }

    private void reveal() {
        work.revealContact(reference);
        contactShown = true;
    }

    private static Div column(Component... cards) {
        Div column = new Div(cards);
        column.addClassName("lead-column");
        return column;
    }
}
