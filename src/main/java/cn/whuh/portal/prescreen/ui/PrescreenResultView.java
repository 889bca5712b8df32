package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.base.ui.DeviceStorage;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.Questionnaire;
import cn.whuh.portal.prescreen.RulesPrescreenEngine;
import cn.whuh.portal.study.Phone;
import cn.whuh.portal.study.StudyCatalog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The result of the self-check: the outcome in plain words first (the page opens there, the heading focused),
 * then the criteria grouped as what rules the person out, what the team needs to check, what is met and, for
 * those who may qualify, what is checked at the screening visit, each with its reason; that it is not a
 * diagnosis; the study phone. The {@code #result-next-step} place is filled by {@link ResultNextStep} beans
 * (contact form, future-studies offer).
 */
@Route("prescreen/result")
@AnonymousAllowed
@StyleSheet("styles/prescreen.css")
public class PrescreenResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String NEXT_STEP_ID = "result-next-step";

    private final PrescreenSession session;
    private final RulesPrescreenEngine engine;
    private final Questionnaire questionnaire;
    private final StudyCatalog studies;
    private final ObjectProvider<ResultNextStep> nextSteps;
    private final DeviceStorage device;

    public PrescreenResultView(PrescreenSession session, RulesPrescreenEngine engine, StudyCatalog studies,
            ObjectProvider<ResultNextStep> nextSteps, DeviceStorage device) {
        this.session = session;
        this.engine = engine;
        this.questionnaire = engine.questionnaire(studies.recruiting().nctId()).orElseThrow();
        this.studies = studies;
        this.nextSteps = nextSteps;
        this.device = device;
        addClassName("prescreen-result");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("prescreen.result.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        session.evaluation().ifPresentOrElse(this::show, () -> event.forwardTo(PrescreenView.class));
    }

    private void show(Evaluation evaluation) {
        removeAll();
        String outcome = evaluation.outcome().name();
        H1 title = new H1(getTranslation("prescreen.result.title." + outcome));
        title.setId("result-title");
        title.getElement().setAttribute("tabindex", "-1");
        Div headline = new Div(title, new Paragraph(getTranslation("prescreen.result.summary." + outcome)));
        headline.addClassNames("result-outcome", "result-outcome-" + outcome.toLowerCase(Locale.ROOT));
        headline.setId("result-outcome");
        headline.getElement().setAttribute("data-outcome", outcome);
        headline.getElement().setAttribute("aria-live", "polite");

        Paragraph notice = new Paragraph(getTranslation("prescreen.result.notice"));
        notice.addClassName("result-notice");
        notice.setId("result-notice");

        Div nextStep = new Div();
        nextStep.setId(NEXT_STEP_ID);
        nextStep.addClassName("result-next-step");
        nextSteps.orderedStream().forEach(step -> step.create(evaluation).ifPresent(nextStep::add));

        add(headline, notice);
        section(evaluation, CriterionStatus.FAIL, "fail").ifPresent(this::add);
        section(evaluation, CriterionStatus.REVIEW, "review").ifPresent(this::add);
        add(nextStep);
        List<CriterionResult> met = having(evaluation, CriterionStatus.PASS);
        if (!met.isEmpty()) {
            Details details = new Details(getTranslation("prescreen.result.group.pass", met.size()),
                    new Div(new Paragraph(getTranslation("prescreen.result.groupIntro.pass")), list(met)));
            details.addClassName("result-details");
            details.setId("result-pass");
            add(details);
        }
        if (evaluation.outcome().qualified()) {
            add(screening(evaluation));
        }
        add(call(), actions());
        openAtTheOutcome(title);
    }

    /**
     * The page opens at its top with the keyboard focus on the outcome (so a screen reader reads it first), not
     * where the questionnaire's last step was scrolled to; after the browser has laid the page out.
     */
    private void openAtTheOutcome(H1 title) {
        title.getElement().executeJs(
                "requestAnimationFrame(() => { window.scrollTo(0, 0); this.focus({preventScroll: true}); })");
    }

    private static List<CriterionResult> having(Evaluation evaluation, CriterionStatus status) {
        return evaluation.criteria().stream().filter(c -> c.status() == status).toList();
    }

    private UnorderedList list(List<CriterionResult> results) {
        UnorderedList list = new UnorderedList();
        list.addClassName("result-criteria");
        results.forEach(c -> list.add(item(c.id(), c.title().in(getLocale()), c.reason().in(getLocale()))));
        return list;
    }

    private Optional<Section> section(Evaluation evaluation, CriterionStatus status, String name) {
        List<CriterionResult> results = having(evaluation, status);
        return results.isEmpty() ? Optional.empty()
                : Optional.of(section(name, getTranslation("prescreen.result.group." + name, results.size()), list(results)));
    }

    private Section section(String name, String title, UnorderedList list) {
        Section section = new Section(new H2(title), new Paragraph(getTranslation("prescreen.result.groupIntro." + name)),
                list);
        section.setId("result-" + name);
        section.addClassNames("result-group", "result-group-" + name);
        return section;
    }

    private static ListItem item(String id, String title, String reason) {
        Span heading = new Span(title);
        heading.addClassName("result-criterion-title");
        Span code = new Span(id);
        code.addClassName("result-criterion-id");
        Paragraph why = new Paragraph(reason);
        why.addClassName("result-criterion-reason");
        ListItem item = new ListItem(new Div(heading, code), why);
        item.getElement().setAttribute("data-criterion", id);
        return item;
    }

    /** STAFF criteria and the parts of asked criteria that the team checks in person with this person (spec §5). */
    private Section screening(Evaluation evaluation) {
        UnorderedList list = new UnorderedList();
        list.addClassName("result-criteria");
        engine.screeningChecks(questionnaire, evaluation).forEach(check ->
                list.add(item(check.id(), check.title().in(getLocale()), check.what().in(getLocale()))));
        return section("staff", getTranslation("prescreen.result.group.staff"), list);
    }

    private Component call() {
        Phone phone = studies.recruiting().sitePhone();
        Anchor link = new Anchor(phone.telUri(), getTranslation("prescreen.result.call", phone.display()));
        link.addClassName("cta");
        link.setId("result-call");
        Div call = new Div(new Paragraph(getTranslation("prescreen.result.callIntro")), link);
        call.addClassName("result-call");
        return call;
    }

    private Component actions() {
        Button change = new Button(getTranslation("prescreen.result.change"), e -> {
            getUI().ifPresent(ui -> ui.navigate(PrescreenView.class));
        });
        change.setId("result-change");
        Button restart = new Button(getTranslation("prescreen.result.restart"), e -> {
            session.clear();
            device.forgetAll();
            getUI().ifPresent(ui -> ui.navigate(PrescreenView.class));
        });
        restart.setId("result-restart");
        Div actions = new Div(change, restart);
        actions.addClassName("result-actions");
        return actions;
    }
}
