package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.ui.DeviceStorage;
import cn.whuh.portal.prescreen.AnswerChoices;
import cn.whuh.portal.prescreen.CheckedAnswers;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.PrescreenCompleted;
import cn.whuh.portal.prescreen.PrescreenStarted;
import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.Questionnaire;
import cn.whuh.portal.prescreen.RulesPrescreenEngine;
import cn.whuh.portal.prescreen.Step;
import cn.whuh.portal.study.StudyCatalog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The self-check: the study's questionnaire one step at a time, with a progress bar, back and next, checks
 * per step (the engine's, with its translated messages) and questions that appear and disappear with the
 * answers. The step is in the address ({@code /prescreen/<step key>}), so the browser's Back goes one step back;
 * a step after one not yet answered opens that one instead. Answers live in the {@link PrescreenSession}, so they
 * survive back and forth, reloads and a language switch, and on the device ({@link DeviceAnswers}), so closing
 * the browser loses nothing, until the person forgets them. The last step evaluates the answers and opens the
 * result.
 */
@Route("prescreen")
@AnonymousAllowed
@StyleSheet("styles/prescreen.css")
public class PrescreenView extends Div implements HasDynamicTitle, HasUrlParameter<String> {

    /** The study this portal recruits for. */
    private final String nctId;
    private final RulesPrescreenEngine engine;
    private final AnswerChoices choices;
    private final PrescreenSession session;
    private final ApplicationEventPublisher events;
    private final Questionnaire questionnaire;
    private final DeviceAnswers device;

    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final H2 stepTitle = new H2();
    private final Paragraph stepIntro = new Paragraph();
    private final Div errorSummary = new Div();
    private final Div questions = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Map<String, AnswerField> fields = new LinkedHashMap<>();
    private final Map<String, Div> blocks = new LinkedHashMap<>();
    private final Paragraph forgotten = new Paragraph();
    private int shownStep = -1;

    public PrescreenView(RulesPrescreenEngine engine, AnswerChoices choices, PrescreenSession session,
            ApplicationEventPublisher events, StudyCatalog studies, DeviceStorage storage) {
        this.engine = engine;
        this.choices = choices;
        this.session = session;
        this.events = events;
        this.nctId = studies.recruiting().nctId();
        this.questionnaire = engine.questionnaire(nctId).orElseThrow();
        this.device = new DeviceAnswers(storage, questionnaire);
        addClassName("prescreen-page");

        Paragraph intro = new Paragraph(getTranslation("prescreen.form.intro"));
        intro.addClassName("prescreen-intro");
        progressText.setId("prescreen-progress-text");
        progressText.addClassName("prescreen-progress-text");
        progress.getElement().setAttribute("aria-labelledby", "prescreen-progress-text");
        Div progressBlock = new Div(progressText, progress);
        progressBlock.addClassName("prescreen-progress");

        stepTitle.setId("prescreen-step-title");
        stepTitle.getElement().setAttribute("tabindex", "-1");
        stepIntro.addClassName("prescreen-step-intro");
        errorSummary.setId("prescreen-errors");
        errorSummary.addClassName("prescreen-errors");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.setVisible(false);
        questions.addClassName("prescreen-questions");

        back.setText(getTranslation("prescreen.form.back"));
        back.setId("prescreen-back");
        back.addClickListener(e -> move(-1));
        next.setId("prescreen-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> next());
        Div buttons = new Div(back, next);
        buttons.addClassName("prescreen-buttons");

        Div form = new Div(stepTitle, stepIntro, errorSummary, questions, buttons);
        form.addClassName("prescreen-form");
        add(new H1(getTranslation("prescreen.form.title")), intro, progressBlock, form, keptOnDevice());

        if (session.start()) {
            events.publishEvent(new PrescreenStarted(nctId));
        }
    }

    /** Where the answers are kept, and the way to forget them. */
    private Div keptOnDevice() {
        Button forget = new Button(getTranslation("prescreen.form.forget"), e -> forget());
        forget.setId("prescreen-forget");
        forgotten.setId("prescreen-forgotten");
        forgotten.getElement().setAttribute("role", "status");
        Div kept = new Div(new Paragraph(getTranslation("prescreen.form.kept")), forget, forgotten);
        kept.addClassName("prescreen-kept");
        return kept;
    }

    /**
     * Shows the step named in the address, or the session's step when none is named; a step that cannot be shown
     * yet (an earlier one is unanswered) or is hidden for these answers gives way to the one to answer.
     */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String stepKey) {
        int shown = reachable(stepIndex(stepKey).orElse(session.step()));
        if (!key(shown).equals(stepKey)) {
            event.forwardTo(PrescreenView.class, key(shown));
            return;
        }
        session.step(shown);
        device.save(session);
        NavigationTrigger trigger = event.getTrigger();
        showStep(trigger != NavigationTrigger.PAGE_LOAD && trigger != NavigationTrigger.REFRESH);
    }

    /** A new session takes over the answers kept on the device, at the step kept with them. */
    @Override
    protected void onAttach(AttachEvent attach) {
        device.restoreOnce(session, restored -> {
            int step = reachable(session.step());
            if (restored && step == shownStep) {
                session.step(step);
                showStep(false);
            } else if (restored) {
                getElement().executeJs("location.replace($0 + location.search)", "prescreen/" + key(step));
            }
        });
    }

    private String key(int step) {
        return questionnaire.steps().get(step).key();
    }

    private Optional<Integer> stepIndex(String key) {
        return IntStream.range(0, questionnaire.steps().size()).filter(i -> key(i).equals(key)).boxed().findFirst();
    }

    /** The step to show instead of the one asked for: the first earlier visible step with a question to answer. */
    private int reachable(int wanted) {
        CheckedAnswers checked = check();
        List<Integer> visible = stepsWithQuestions();
        for (int step : visible) {
            List<String> keys = questionnaire.steps().get(step).questions();
            if (step >= wanted || checked.problems().stream().anyMatch(p -> keys.contains(p.field()))) {
                return step;
            }
        }
        return visible.getLast();
    }

    private void forget() {
        session.clear();
        device.forget();
        forgotten.setText(getTranslation("prescreen.form.forgotten"));
        showStep(true);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "prescreen/" + key(0)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("prescreen.form.pageTitle");
    }

    private LocalDate today() {
        return engine.today();
    }

    private CheckedAnswers check() {
        return engine.check(questionnaire, session.answers(), today());
    }

    private List<Integer> stepsWithQuestions() {
        CheckedAnswers checked = check();
        return IntStream.range(0, questionnaire.steps().size())
                .filter(i -> questionnaire.steps().get(i).questions().stream().anyMatch(checked::shown))
                .boxed().toList();
    }

    private void showStep(boolean moveFocus) {
        shownStep = session.step();
        Step step = questionnaire.steps().get(shownStep);
        List<Integer> visibleSteps = stepsWithQuestions();
        int position = Math.max(0, visibleSteps.indexOf(session.step()));
        progressText.setText(getTranslation("prescreen.form.progress", position + 1, visibleSteps.size()));
        progress.setValue((position + 1) / (double) visibleSteps.size());
        stepTitle.setText(step.title().in(getLocale()));
        stepIntro.setText(step.intro() == null ? "" : step.intro().in(getLocale()));
        stepIntro.setVisible(step.intro() != null);
        errorSummary.setVisible(false);
        back.setVisible(position > 0);
        boolean last = position == visibleSteps.size() - 1;
        next.setText(getTranslation(last ? "prescreen.form.finish" : "prescreen.form.next"));

        questions.removeAll();
        fields.clear();
        blocks.clear();
        updateVisibility();
        if (moveFocus) {
            getElement().executeJs("window.scrollTo(0, 0); $0.focus({preventScroll: true});", stepTitle.getElement());
        }
    }

    /**
     * Puts on the page the step's questions shown for the answers so far, in the questionnaire's order, and takes
     * off those now hidden (their answers stay in the session): only what is shown is built.
     */
    private void updateVisibility() {
        CheckedAnswers checked = check();
        int index = 0;
        for (Question question : questionnaire.questionsOf(questionnaire.steps().get(shownStep))) {
            String key = question.key();
            if (checked.shown(key)) {
                if (!blocks.containsKey(key)) {
                    questions.addComponentAtIndex(index, block(question));
                }
                index++;
            } else if (blocks.containsKey(key)) {
                questions.remove(blocks.remove(key));
                fields.remove(key);
            }
        }
    }

    /** A question's block: its input, showing the answer kept in the session, and kept there as it changes. */
    private Div block(Question question) {
        AnswerField field = AnswerField.of(question, choices.of(question), getLocale(), this::getTranslation, today());
        field.setValue(session.answers().get(question.key()));
        field.component().setId("answer-" + question.key());
        field.onChange(() -> {
            session.answer(question.key(), field.value());
            device.save(session);
            field.setError(null);
            updateVisibility();
        });
        Div block = new Div(field.component());
        block.addClassName("prescreen-question");
        block.setId("question-" + question.key());
        fields.put(question.key(), field);
        blocks.put(question.key(), block);
        return block;
    }

    private void move(int direction) {
        List<Integer> visibleSteps = stepsWithQuestions();
        int position = visibleSteps.indexOf(session.step()) + direction;
        if (position >= 0 && position < visibleSteps.size()) {
            forgotten.setText("");
            getUI().ifPresent(ui -> ui.navigate(PrescreenView.class, key(visibleSteps.get(position))));
        }
    }

    private void next() {
        CheckedAnswers checked = check();
        List<FieldProblem> problems = checked.problems().stream().filter(p -> fields.containsKey(p.field())).toList();
        fields.values().forEach(f -> f.setError(null));
        if (!problems.isEmpty()) {
            problems.forEach(p -> fields.get(p.field()).setError(p.message().in(getLocale())));
            errorSummary.setText(getTranslation("prescreen.form.errors", problems.size()));
            errorSummary.setVisible(true);
            fields.get(problems.getFirst().field()).focus();
            return;
        }
        List<Integer> visibleSteps = stepsWithQuestions();
        if (visibleSteps.indexOf(session.step()) < visibleSteps.size() - 1) {
            move(1);
        } else {
            finish();
        }
    }

    private void finish() {
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(questionnaire, session.answers(), today());
        } catch (FieldProblemsException e) {
            stepOf(e.problems().getFirst().field()).ifPresent(step -> getUI().ifPresent(ui ->
                    ui.navigate(PrescreenView.class, key(step)).ifPresent(PrescreenView::next)));
            return;
        }
        session.evaluation(evaluation);
        events.publishEvent(new PrescreenCompleted(evaluation));
        getUI().ifPresent(ui -> ui.navigate(PrescreenResultView.class));
    }

    private Optional<Integer> stepOf(String questionKey) {
        return IntStream.range(0, questionnaire.steps().size())
                .filter(i -> questionnaire.steps().get(i).questions().contains(questionKey))
                .boxed().findFirst();
    }
}
