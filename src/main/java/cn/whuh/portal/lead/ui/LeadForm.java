package cn.whuh.portal.lead.ui;

import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.error.Failures;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.base.ui.DeviceStorage;
import cn.whuh.portal.lead.ConsentChoices;
import cn.whuh.portal.lead.ConsentRefusedException;
import cn.whuh.portal.lead.ContactDetails;
import cn.whuh.portal.lead.LeadService;
import cn.whuh.portal.lead.LeadService.SubmittedLead;
import cn.whuh.portal.lead.LeadSubmission;
import cn.whuh.portal.lead.PrivacyNotice;
import cn.whuh.portal.lead.RateLimits;
import cn.whuh.portal.lead.SourceCapture;
import cn.whuh.portal.study.Study;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact and consent form of docs/leads.md, then the reference code. The consents are separate
 * and unticked; the privacy notice is in the form, folded, and on its own page. Nothing typed is cut: a text too
 * long is refused with a message. What is typed and ticked is kept on the device until sent ({@link KeptContact}).
 * One idempotency key per form, and a submit button that
 * disables itself on click, make a double submit one lead; the same person sending again (same phone in this
 * session, or same phone, name and answers within a day) is told the code they already have, and the session
 * keeps the confirmation ({@link SentLeads}). A hidden honeypot field catches form robots.
 */
@StyleSheet("styles/lead.css")
class LeadForm extends Div {

    private static final Logger log = LoggerFactory.getLogger(LeadForm.class);

    private final LeadService leads;
    private final PrivacyNotice notice;
    private final RateLimits rateLimits;
    private final SentLeads sent;
    private final KeptContact kept;
    private final Study study;
    private final String nctId;
    private final Map<String, Object> answers;
    private final boolean futureOnly;
    private final String idempotencyKey = UUID.randomUUID().toString();

    private final TextField fullName = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField wechat = new TextField();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final TextField contactTime = new TextField();
    private final Checkbox processing = new Checkbox();
    private final Checkbox share = new Checkbox();
    private final Checkbox future = new Checkbox();
    private final TextField honeypot = new TextField();
    private final Div errorSummary = new Div();
    private final Button submit = new Button();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    LeadForm(LeadService leads, PrivacyNotice notice, RateLimits rateLimits, SentLeads sent, DeviceStorage device,
            Study study, Map<String, Object> answers, boolean futureOnly) {
        this.leads = leads;
        this.notice = notice;
        this.rateLimits = rateLimits;
        this.sent = sent;
        this.study = study;
        this.nctId = study.nctId();
        this.answers = answers;
        this.futureOnly = futureOnly;
        this.kept = new KeptContact(device, this.nctId);
        addClassName("lead-form");
        setId("lead-form");

        H2 title = new H2(getTranslation("lead.form.title"));
        Paragraph intro = new Paragraph(getTranslation(futureOnly ? "lead.form.futureIntro" : "lead.form.intro"));
        Paragraph required = new Paragraph(getTranslation("lead.form.required"));
        required.addClassName("lead-hint");
        errorSummary.setId("lead-error-summary");
        errorSummary.addClassName("lead-error-summary");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.setVisible(false);
        add(title, intro, required, errorSummary, contactFields(), privacyNotice(), consents(), honeypot(), submit());
        kept.field("fullName", fullName).field("phone", phone).field("email", email).field("wechat", wechat)
                .field("language", language).field("contactTime", contactTime)
                .field("processing", processing).field("share", share).field("future", future);
        kept.restoreInto(this);
    }

    private Div contactFields() {
        setUp(fullName, "contact.full_name", "lead.field.fullName", Autocomplete.NAME);
        fullName.setRequiredIndicatorVisible(true);
        setUp(phone, "contact.phone", "lead.field.phone", Autocomplete.TEL);
        phone.setRequiredIndicatorVisible(true);
        phone.setHelperText(getTranslation("lead.field.phone.helper"));
        phone.getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.inputElement"
                + " && this.inputElement.setAttribute('type', 'tel'))");
        email.setId("lead-email");
        email.setLabel(getTranslation("lead.field.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setValueChangeMode(ValueChangeMode.LAZY);
        fieldsByName.put("contact.email", email);
        setUp(wechat, "contact.wechat_id", "lead.field.wechat", Autocomplete.OFF);
        language.setId("lead-language");
        language.setLabel(getTranslation("lead.field.language"));
        language.setItems("zh", "en");
        language.setItemLabelGenerator(code -> getTranslation("lead.language." + code));
        language.setValue(Languages.code(getLocale()));
        fieldsByName.put("contact.preferred_language", language);
        setUp(contactTime, "contact.preferred_contact_time", "lead.field.time", Autocomplete.OFF);
        contactTime.setHelperText(getTranslation("lead.field.time.helper"));
        Div fields = new Div(fullName, phone, email, wechat, language, contactTime);
        fields.addClassName("lead-fields");
        return fields;
    }

    /** No maximum length in the browser, which would cut what is typed or pasted: the check says what is too long. */
    private void setUp(TextField field, String name, String labelKey, Autocomplete autocomplete) {
        field.setId("lead-" + name.substring(name.indexOf('.') + 1).replace('_', '-'));
        field.setLabel(getTranslation(labelKey));
        field.setAutocomplete(autocomplete);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        fieldsByName.put(name, field);
    }

    /** The notice in full, folded in the page (no box scrolling inside the page), and a link to its own page. */
    private Div privacyNotice() {
        Paragraph intro = new Paragraph(getTranslation("lead.privacy.intro"));
        PrivacyNoticeText text = new PrivacyNoticeText(notice, getLocale(), 3);
        text.setId("lead-privacy-notice");
        Details folded = new Details(getTranslation("lead.privacy.open"), text);
        folded.setId("lead-privacy");
        folded.addClassName("lead-privacy");
        Anchor page = new Anchor("privacy", getTranslation("lead.privacy.full"));
        page.setTarget("_blank");
        page.setId("lead-privacy-page");
        Paragraph link = new Paragraph(page);
        link.addClassName("lead-privacy-link");
        return new Div(intro, folded, link);
    }

    private Div consents() {
        Div box = new Div();
        box.addClassName("lead-consents");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", getTranslation("lead.consent.legend"));
        box.add(new H3(getTranslation("lead.consent.legend")));
        consent(box, processing, "lead-consent-processing", "lead.consent.processing", "consent.prescreen", true);
        if (!futureOnly) {
            consent(box, share, "lead-consent-share", "lead.consent.share", "consent.share", true);
        }
        consent(box, future, "lead-consent-future", futureOnly ? "lead.consent.futureRequired" : "lead.consent.future",
                "consent.future", futureOnly);
        return box;
    }

    private void consent(Div box, Checkbox checkbox, String id, String labelKey, String name, boolean required) {
        checkbox.setId(id);
        checkbox.setLabel(getTranslation(labelKey));
        checkbox.setValue(false);
        checkbox.setRequiredIndicatorVisible(required);
        fieldsByName.put(name, checkbox);
        box.add(checkbox);
    }

    /** Invisible to people and screen readers, skipped by the keyboard: only robots fill it in. */
    private Div honeypot() {
        honeypot.setId("lead-website");
        honeypot.setLabel(getTranslation("lead.honeypot"));
        honeypot.setAutocomplete(Autocomplete.OFF);
        honeypot.setTabIndex(-1);
        Div trap = new Div(honeypot);
        trap.addClassName("lead-hp");
        trap.getElement().setAttribute("aria-hidden", "true");
        return trap;
    }

    private Button submit() {
        submit.setId("lead-submit");
        submit.setText(getTranslation("lead.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> send());
        return submit;
    }

    private void send() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        errorSummary.setVisible(false);
        if (!honeypot.isEmpty()) {
            replaceWith(new LeadReceived(study, null, futureOnly, false));
            return;
        }
        try {
            RateLimits.Decision decision = rateLimits.tryLeadSubmission(VaadinRequest.getCurrent().getRemoteAddr());
            if (!decision.allowed()) {
                showSummary(getTranslation("lead.error.rateLimited",
                        Math.max(1, (decision.retryAfterSeconds() + 59) / 60)));
                return;
            }
            SubmittedLead lead = leads.submitOnce(new LeadSubmission(nctId, answers,
                    new ContactDetails(fullName.getValue(), phone.getValue(), email.getValue(), wechat.getValue(),
                            language.getValue(), contactTime.getValue()),
                    new ConsentChoices(processing.getValue(), !futureOnly && share.getValue(), future.getValue()),
                    getLocale(), SourceCapture.current(), idempotencyKey), sent.references());
            sent.sent(nctId, lead, futureOnly, answers);
            kept.forget();
            replaceWith(new LeadReceived(study, lead.reference(), futureOnly, lead.alreadySent(), lead.personalLink()));
        } catch (FieldProblemsException e) {
            showProblems(e.problems());
        } catch (ConsentRefusedException e) {
            showProblems(e.problems());
        } catch (RuntimeException e) {
            if (!Failures.isUnavailable(e)) {
                throw e;
            }
            // nothing was stored: the form keeps every answer and field, to be sent again (docs/leads.md)
            log.warn("Lead not stored, the database cannot be reached: {}", Failures.describe(e));
            showSummary(getTranslation("lead.error.unavailable", study.sitePhone().display()));
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        Component first = null;
        boolean unmatched = false;
        for (FieldProblem problem : problems) {
            HasValidation field = fieldsByName.get(problem.field());
            if (field == null) {
                unmatched = true;
                continue;
            }
            field.setErrorMessage(problem.message().in(getLocale()));
            field.setInvalid(true);
            if (first == null) {
                first = (Component) field;
            }
        }
        showSummary(getTranslation(unmatched ? "lead.error.unexpected" : "lead.error.summary"));
        if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void showSummary(String text) {
        errorSummary.setText(text);
        errorSummary.setVisible(true);
    }

    private void replaceWith(Component received) {
        removeAll();
        add(received);
        received.getElement().callJsFunction("scrollIntoView");
    }
}
