package cn.whuh.portal.study.ui;

import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public study page, at {@code /} (the portal's study) and {@code /studies/<NCT id>}: what the study is,
 * who may join, what taking part involves, where and who, how to call, and the way to the self-check. Every
 * fact comes from the study's data file; the page's own words from {@code i18n/study*.properties}.
 */
@Route("")
@RouteAlias("studies/:nctId")
@AnonymousAllowed
@StyleSheet("styles/study.css")
public class StudyView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    static final String PRESCREEN_PATH = "/prescreen";
    private static final String REGISTRY_URL = "https://clinicaltrials.gov/study/";

    private final StudyCatalog catalog;
    private final I18NProvider i18n;
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
        removeAll();
        add(hero(), keyFacts(), about(), whoMayJoin(), takingPart(), where(), whoRuns(), contact(), identifiers(),
                related());
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

    private Header hero() {
        Span status = new Span(code(study.overallStatus()));
        status.addClassName("study-status");
        Paragraph eyebrow = new Paragraph(status, new Span(getTranslation("study.eyebrow", study.nctId())));
        eyebrow.addClassName("study-eyebrow");
        Paragraph summary = new Paragraph(text(study.plainLanguage().summary()));
        summary.addClassName("study-summary");
        Span number = new Span(study.sitePhone().display());
        number.addClassName("study-nowrap");
        Anchor call = new Anchor(study.sitePhone().telUri(), new Span(getTranslation("study.call")), number);
        call.addClassName("study-call");
        Div actions = new Div(qualifyAction(), call);
        actions.addClassName("study-actions");
        Paragraph note = new Paragraph(getTranslation("study.cta.note"));
        note.addClassName("study-cta-note");
        Header hero = new Header(eyebrow, new H1(text(study.plainLanguage().headline())), summary, actions, note);
        hero.addClassName("study-hero");
        return hero;
    }

    private Anchor qualifyAction() {
        Anchor qualify = new Anchor(PRESCREEN_PATH, getTranslation("study.cta"));
        qualify.addClassName("cta");
        return qualify;
    }

    private Section keyFacts() {
        Study.Status status = study.statusModule();
        Study.Design design = study.designModule();
        DescriptionList facts = facts();
        fact(facts, "study.facts.officialTitle", text(study.title()));
        fact(facts, "study.facts.status", code(status.overallStatus()));
        fact(facts, "study.facts.phase", phases(design.phases()));
        fact(facts, "study.facts.enrollment", getTranslation("study.facts.enrollmentValue", design.enrollmentInfo().count()));
        fact(facts, "study.facts.type", code(design.studyType()));
        fact(facts, "study.facts.start", date(status.startDate()));
        fact(facts, "study.facts.completion", date(status.completionDate()));
        fact(facts, "study.facts.updated", date(status.lastUpdatePostDate()));
        if (!study.resultsSection().hasResults()) {
            fact(facts, "study.facts.results",
                    getTranslation("study.facts.resultsPending") + " " + text(study.resultsSection().note()));
        }
        return section("facts", "study.facts.heading", facts);
    }

    private Section about() {
        Study.Description description = study.descriptionModule();
        return section("about", "study.about.heading",
                new H3(getTranslation("study.about.summary")), new Paragraph(text(description.briefSummary())),
                details("description", getTranslation("study.about.details"), new Paragraph(text(description.detailedDescription()))),
                new H3(getTranslation("study.about.conditions")), list(study.conditionsModule().conditions()));
    }

    private Section whoMayJoin() {
        Study.Eligibility eligibility = study.eligibilityModule();
        DescriptionList basics = facts();
        fact(basics, "study.join.age", getTranslation("study.join.ageRange", age(eligibility.minimumAge()), age(eligibility.maximumAge())));
        fact(basics, "study.join.sex", code(eligibility.sex()));
        fact(basics, "study.join.healthy", getTranslation("study.join.healthy." + eligibility.healthyVolunteers()));
        return section("eligibility", "study.join.heading", basics,
                new Paragraph(getTranslation("study.join.intro")),
                criteria("inclusion", "study.join.inclusion", eligibility.inclusionCriteria()),
                criteria("exclusion", "study.join.exclusion", eligibility.exclusionCriteria()),
                qualifyAction());
    }

    /** A numbered criteria list that opens on demand; the numbers are the protocol's. */
    private NativeDetails criteria(String id, String summaryKey, List<Study.Criterion> criteria) {
        OrderedList items = new OrderedList();
        items.addClassName("study-criteria");
        for (Study.Criterion criterion : criteria) {
            ListItem item = new ListItem(text(criterion.text()));
            item.getElement().setAttribute("value", String.valueOf(criterion.number()));
            item.setId(criterion.id());
            items.add(item);
        }
        return details(id, getTranslation(summaryKey, criteria.size()), items);
    }

    private static NativeDetails details(String id, String summary, Component content) {
        NativeDetails details = new NativeDetails(summary, content);
        details.setId(id);
        details.addClassName("study-details");
        return details;
    }

    private Section takingPart() {
        Study.DesignInfo info = study.designModule().designInfo();
        DescriptionList design = facts();
        fact(design, "study.design.allocation", code(info.allocation()));
        fact(design, "study.design.model", code(info.interventionModel()));
        fact(design, "study.design.purpose", code(info.primaryPurpose()));
        fact(design, "study.design.masking", code(info.maskingInfo().masking()));
        Section section = section("participation", "study.part.heading", list(study.plainLanguage().participation()),
                new H3(getTranslation("study.part.design")), design, new H3(getTranslation("study.part.groups")));
        Study.ArmsInterventions arms = study.armsInterventionsModule();
        for (Study.ArmGroup arm : arms.armGroups()) {
            section.add(card(text(arm.label()), getTranslation("study.arm.type", code(arm.type())), text(arm.description())));
        }
        for (Study.Intervention intervention : arms.interventions()) {
            section.add(card(text(intervention.name()), getTranslation("study.intervention.type", code(intervention.type())),
                    text(intervention.description())));
        }
        return section;
    }

    private Section where() {
        Section section = section("where", "study.where.heading");
        for (Study.Location location : study.contactsLocationsModule().locations()) {
            section.add(card(text(location.facility()),
                    getTranslation("study.where.address", text(location.city()), text(location.state()), text(location.country())),
                    getTranslation("study.where.siteStatus", code(location.status()))));
        }
        DescriptionList countries = facts();
        fact(countries, "study.where.countries", join(study.contactsLocationsModule().countries()));
        section.add(countries);
        return section;
    }

    private Section whoRuns() {
        Study.SponsorCollaborators sponsors = study.sponsorCollaboratorsModule();
        Study.ResponsibleParty responsible = sponsors.responsibleParty();
        DescriptionList who = facts();
        for (Study.Official official : study.contactsLocationsModule().overallOfficials()) {
            fact(who, "study.who.pi", person(official.name(), official.title()) + " · " + text(official.affiliation()));
        }
        fact(who, "study.who.responsible", getTranslation("study.personRole",
                person(responsible.investigatorFullName(), responsible.investigatorTitle()), code(responsible.type())));
        fact(who, "study.who.leadSponsor", sponsor(sponsors.leadSponsor()));
        for (Study.Sponsor collaborator : sponsors.collaborators()) {
            fact(who, "study.who.collaborator", sponsor(collaborator));
        }
        return section("who", "study.who.heading", who);
    }

    private Section contact() {
        DescriptionList contacts = facts();
        for (Study.Location location : study.contactsLocationsModule().locations()) {
            for (Study.Contact person : location.contacts()) {
                Anchor phone = new Anchor(study.sitePhone().telUri(), person.phone());
                phone.addClassName("study-phone");
                term(contacts, getTranslation("study.contact.site"), new Span(getTranslation("study.personRole",
                        person(person.name(), person.title()), code(person.role())) + " "), phone);
            }
        }
        for (Study.Contact person : study.contactsLocationsModule().centralContacts()) {
            fact(contacts, "study.contact.central", getTranslation("study.personRole",
                    person(person.name(), person.title()), code(person.role())) + " " + person.phoneWithExtension());
        }
        return section("contact", "study.contact.heading", contacts);
    }

    private Section identifiers() {
        Study.OrgStudyId org = study.identificationModule().orgStudyIdInfo();
        DescriptionList ids = facts();
        term(ids, getTranslation("study.ids.nct"), new Span(study.nctId() + " "), registryLink(study.nctId()));
        fact(ids, "study.ids.org", org.id());
        return section("identifiers", "study.ids.heading", ids);
    }

    private Section related() {
        Section section = section("related", "study.related.heading", new Paragraph(getTranslation("study.related.note")));
        for (Study.RelatedStudy other : study.relatedStudies()) {
            Div card = card(text(other.title()), other.nctId() + " · " + code(other.overallStatus()) + " · " + phases(other.phases()));
            card.add(registryLink(other.nctId()));
            section.add(card);
        }
        return section;
    }

    private Anchor registryLink(String nctId) {
        Anchor link = new Anchor(REGISTRY_URL + nctId, getTranslation("study.ids.registry"), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        link.getElement().setAttribute("aria-label", getTranslation("study.ids.registry") + ": " + nctId);
        link.addClassName("study-registry-link");
        return link;
    }

    private Section section(String id, String headingKey, Component... content) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.addClassName("study-section");
        return section;
    }

    private static Div card(String title, String... lines) {
        Div card = new Div();
        card.addClassName("study-card");
        Paragraph heading = new Paragraph(title);
        heading.addClassName("study-card-title");
        card.add(heading);
        for (String line : lines) {
            card.add(new Paragraph(line));
        }
        return card;
    }

    private static DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("study-facts");
        return facts;
    }

    private void fact(DescriptionList list, String labelKey, String value) {
        term(list, getTranslation(labelKey), new Span(value));
    }

    private static void term(DescriptionList list, String label, Component... value) {
        list.add(new DescriptionList.Term(label), new DescriptionList.Description(value));
    }

    private UnorderedList list(List<Text> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(t -> list.add(new ListItem(text(t))));
        return list;
    }

    private String text(Text text) {
        return text.in(getLocale());
    }

    private String join(List<Text> texts) {
        return texts.stream().map(this::text).collect(Collectors.joining(", "));
    }

    private String code(String code) {
        return getTranslation("study.code." + code);
    }

    private String phases(List<String> phases) {
        return phases.stream().map(this::code).collect(Collectors.joining(" / "));
    }

    private String person(String name, Text title) {
        return getTranslation("study.person", name, text(title));
    }

    private String sponsor(Study.Sponsor sponsor) {
        return getTranslation("study.personRole", text(sponsor.name()), code(sponsor.agencyClass()));
    }

    /** "18 Years" in the page's language. */
    private String age(String registryAge) {
        String[] parts = registryAge.split(" ", 2);
        return getTranslation("study.unit." + parts[1], parts[0]);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }
}
