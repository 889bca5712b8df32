package cn.whuh.portal.study.ui;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.study.Phone;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;

/**
 * The public study page, at {@code /} (the portal's study) and {@code /studies/<NCT id>}. What matters to a
 * patient comes first (on a phone it is all one column): the headline and the way to the self-check, who may
 * join, what happens if you join ({@code #what-happens}), where, and how the team calls; then the registry
 * record (key facts, description, design, who runs it, identifiers, the related study). Every fact comes from
 * the study's data file; the page's own words from {@code i18n/study*.properties}.
 */
@Route("")
@RouteAlias("studies/:nctId")
@AnonymousAllowed
@StyleSheet("styles/study.css")
public class StudyView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    static final String PRESCREEN_PATH = "/prescreen";
    private static final String REGISTRY_URL = "https://clinicaltrials.gov/study/";
    /**
     * A link to a part of the page ({@code /#what-happens}): the page arrives after the browser looked for the
     * #fragment, and the router scrolls to the top once it has shown the view, so the page scrolls there itself,
     * just after the router.
     */
    private static final String SCROLL_TO_FRAGMENT = "setTimeout(() => {"
            + " const id = decodeURIComponent(location.hash.slice(1)); const target = id && document.getElementById(id);"
            + " if (target) { target.scrollIntoView(); } })";

    private final StudyCatalog catalog;
    private final I18NProvider i18n;
    private StudyWords words;
    private Study study;

    public StudyView(StudyCatalog catalog, I18NProvider i18n) {
        this.catalog = catalog;
        this.i18n = i18n;
        addClassName("study-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Study> found = event.getRouteParameters().get("nctId")
                .map(catalog::find)
                .orElseGet(() -> catalog.all().stream().findFirst());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        study = found.get();
        words = new StudyWords(i18n, getLocale());
        removeAll();
        add(hero(study, words), EligibilitySection.of(study, words, qualifyAction(words)), WhatHappensSection.of(study, words), where(),
                contact(), keyFacts(), about(), design(), whoRuns(), identifiers(), related());
        getElement().executeJs(SCROLL_TO_FRAGMENT);
    }

    @Override
    public String getPageTitle() {
        return study == null ? "" : pageTitle(study, getLocale(), i18n);
    }

    /** The page's title, also used for the server-rendered title and the link preview tags. */
    static String pageTitle(Study study, Locale locale, I18NProvider i18n) {
        return i18n.getTranslation("study.pageTitle", locale, study.plainLanguage().headline().in(locale), study.nctId(),
                study.contactsLocationsModule().locations().getFirst().facility().in(locale));
    }

    /** The first screen: status, headline, summary, the way to the self-check and the phone (also {@link StudyFirstScreen}). */
    static Header hero(Study study, StudyWords words) {
        Span status = new Span(words.code(study.overallStatus()));
        status.addClassName("study-status");
        Paragraph eyebrow = new Paragraph(status, new Span(words.t("study.eyebrow", study.nctId())));
        eyebrow.addClassName("study-eyebrow");
        Paragraph summary = new Paragraph(words.text(study.plainLanguage().summary()));
        summary.addClassName("study-summary");
        Span number = new Span(study.sitePhone().display());
        number.addClassName("study-nowrap");
        Anchor call = new Anchor(study.sitePhone().telUri(), new Span(words.t("study.call")), number);
        call.addClassName("study-call");
        Div actions = new Div(qualifyAction(words), call);
        actions.addClassName("study-actions");
        Paragraph note = new Paragraph(words.t("study.cta.note"));
        note.addClassName("study-cta-note");
        H1 headline = new H1(PageParts.keepJoinedWords(words.text(study.plainLanguage().headline())));
        Header hero = new Header(eyebrow, headline, summary, actions, note);
        hero.addClassName("study-hero");
        return hero;
    }

    private static Anchor qualifyAction(StudyWords words) {
        Anchor qualify = new Anchor(PRESCREEN_PATH, words.t("study.cta"));
        qualify.addClassName("cta");
        return qualify;
    }

    private Section keyFacts() {
        Study.Status status = study.statusModule();
        Study.Design design = study.designModule();
        DescriptionList facts = PageParts.facts();
        PageParts.term(facts, words.t("study.facts.officialTitle"), new Span(PageParts.keepJoinedWords(text(study.title()))));
        words.fact(facts, "study.facts.status", words.code(status.overallStatus()));
        words.fact(facts, "study.facts.phase", words.phases(design.phases()));
        words.fact(facts, "study.facts.enrollment", words.t("study.facts.enrollmentValue", design.enrollmentInfo().count()));
        words.fact(facts, "study.facts.type", words.code(design.studyType()));
        words.fact(facts, "study.facts.start", words.date(status.startDate()));
        words.fact(facts, "study.facts.completion", words.date(status.completionDate()));
        words.fact(facts, "study.facts.updated", words.date(status.lastUpdatePostDate()));
        if (!study.resultsSection().hasResults()) {
            words.fact(facts, "study.facts.results",
                    words.t("study.facts.resultsPending") + " " + text(study.resultsSection().note()));
        }
        return PageParts.section("facts", words.t("study.facts.heading"), facts);
    }

    private Section about() {
        Study.Description description = study.descriptionModule();
        return PageParts.section("about", words.t("study.about.heading"),
                new H3(words.t("study.about.summary")), new Paragraph(text(description.briefSummary())),
                PageParts.details("description", words.t("study.about.details"), new Paragraph(text(description.detailedDescription()))),
                new H3(words.t("study.about.conditions")), words.list(study.conditionsModule().conditions()));
    }

    private Section design() {
        Study.DesignInfo info = study.designModule().designInfo();
        DescriptionList design = PageParts.facts();
        words.fact(design, "study.design.allocation", words.code(info.allocation()));
        words.fact(design, "study.design.model", words.code(info.interventionModel()));
        words.fact(design, "study.design.purpose", words.code(info.primaryPurpose()));
        words.fact(design, "study.design.masking", words.code(info.maskingInfo().masking()));
        Section section = PageParts.section("design", words.t("study.part.heading"), words.list(study.plainLanguage().participation()),
                new H3(words.t("study.part.design")), design, new H3(words.t("study.part.groups")));
        Study.ArmsInterventions arms = study.armsInterventionsModule();
        for (Study.ArmGroup arm : arms.armGroups()) {
            section.add(PageParts.card(text(arm.label()), words.t("study.arm.type", words.code(arm.type())), text(arm.description())));
        }
        for (Study.Intervention intervention : arms.interventions()) {
            section.add(PageParts.card(text(intervention.name()),
                    words.t("study.intervention.type", words.code(intervention.type())), text(intervention.description())));
        }
        return section;
    }

    private Section where() {
        Section section = PageParts.section("where", words.t("study.where.heading"));
        for (Study.Location location : study.contactsLocationsModule().locations()) {
            section.add(PageParts.card(text(location.facility()),
                    words.t("study.where.address", text(location.city()), text(location.state()), text(location.country())),
                    words.t("study.where.siteStatus", words.code(location.status()))));
        }
        DescriptionList countries = PageParts.facts();
        words.fact(countries, "study.where.countries", words.join(study.contactsLocationsModule().countries()));
        section.add(countries);
        return section;
    }

    private Section whoRuns() {
        Study.SponsorCollaborators sponsors = study.sponsorCollaboratorsModule();
        Study.ResponsibleParty responsible = sponsors.responsibleParty();
        DescriptionList who = PageParts.facts();
        for (Study.Official official : study.contactsLocationsModule().overallOfficials()) {
            words.fact(who, "study.who.pi", person(official.name(), official.title()) + " · " + text(official.affiliation()));
        }
        words.fact(who, "study.who.responsible", words.t("study.personRole",
                person(responsible.investigatorFullName(), responsible.investigatorTitle()), words.code(responsible.type())));
        words.fact(who, "study.who.leadSponsor", sponsor(sponsors.leadSponsor()));
        for (Study.Sponsor collaborator : sponsors.collaborators()) {
            words.fact(who, "study.who.collaborator", sponsor(collaborator));
        }
        return PageParts.section("who", words.t("study.who.heading"), who);
    }

    /** When and from which number the team calls, then the record's contacts, each phone as dialled. */
    private Section contact() {
        DescriptionList callBack = PageParts.facts();
        callBack.setId("contact-call-back");
        PageParts.term(callBack, words.t("study.contact.when"),
                new Span(PageParts.keepJoinedWords(words.t("study.contact.whenValue", text(study.callWindow())))));
        Paragraph note = new Paragraph(words.t("study.contact.callFromNote"));
        note.addClassName("study-contact-note");
        PageParts.term(callBack, words.t("study.contact.callFrom"), phoneLink(study.callFrom()), note);
        DescriptionList contacts = PageParts.facts();
        for (Study.Location location : study.contactsLocationsModule().locations()) {
            for (Study.Contact person : location.contacts()) {
                contactRow(contacts, "study.contact.site", person);
            }
        }
        for (Study.Contact person : study.contactsLocationsModule().centralContacts()) {
            contactRow(contacts, "study.contact.central", person);
        }
        return PageParts.section("contact", words.t("study.contact.heading"), callBack, contacts);
    }

    private void contactRow(DescriptionList contacts, String labelKey, Study.Contact person) {
        PageParts.term(contacts, words.t(labelKey),
                new Span(words.t("study.personRole", person(person.name(), person.title()), words.code(person.role())) + " "),
                phoneLink(study.phone(person)));
    }

    private static Anchor phoneLink(Phone phone) {
        Anchor link = new Anchor(phone.telUri(), phone.display());
        link.addClassName("study-phone");
        return link;
    }

    private Section identifiers() {
        Study.OrgStudyId org = study.identificationModule().orgStudyIdInfo();
        DescriptionList ids = PageParts.facts();
        PageParts.term(ids, words.t("study.ids.nct"), new Span(study.nctId() + " "), registryLink(study.nctId()));
        words.fact(ids, "study.ids.org", org.id());
        return PageParts.section("identifiers", words.t("study.ids.heading"), ids);
    }

    private Section related() {
        Section section = PageParts.section("related", words.t("study.related.heading"), new Paragraph(words.t("study.related.note")));
        for (Study.RelatedStudy other : study.relatedStudies()) {
            Div card = PageParts.card(text(other.title()),
                    other.nctId() + " · " + words.code(other.overallStatus()) + " · " + words.phases(other.phases()));
            card.add(registryLink(other.nctId()));
            section.add(card);
        }
        return section;
    }

    private Anchor registryLink(String nctId) {
        Anchor link = new Anchor(REGISTRY_URL + nctId, words.t("study.ids.registry"), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        link.getElement().setAttribute("aria-label", words.t("study.ids.registry") + ": " + nctId);
        link.addClassName("study-registry-link");
        return link;
    }

    /** A person of the record: the principal investigator by the one name the portal uses, anyone else "name, title". */
    private String person(String name, Text title) {
        return study.isInvestigator(name) ? text(study.investigatorName()) : words.t("study.person", name, text(title));
    }

    private String sponsor(Study.Sponsor sponsor) {
        return words.t("study.personRole", text(sponsor.name()), words.code(sponsor.agencyClass()));
    }

    private String text(Text text) {
        return words.text(text);
    }
}
