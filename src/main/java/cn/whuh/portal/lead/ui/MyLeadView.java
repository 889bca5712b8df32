package cn.whuh.portal.lead.ui;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.lead.MyLead;
import cn.whuh.portal.lead.PatientDoor;
import cn.whuh.portal.lead.PersonalLink;
import cn.whuh.portal.lead.Retention;
import cn.whuh.portal.study.Phone;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The person's own page, {@code /my/<token>} (docs/patient-door.md), phone first and in their language (unless
 * they switch): the reference, where their lead stands in plain words, the re-check date, which data is held and
 * until when, the study phone; withdraw, opt out, download ({@link MyLeadActions}). After a withdrawal or an
 * erasure it says so and shows nothing personal. {@link PersonalPageFilter} answers unknown tokens before this
 * view is reached; {@link PersonalPageHead} keeps it out of search engines.
 */
@Route(PersonalLink.PATH)
@AnonymousAllowed
@StyleSheet("styles/lead.css")
public class MyLeadView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PatientDoor door;
    private final StudyCatalog studies;
    private final Retention retention;
    private String token;

    public MyLeadView(PatientDoor door, StudyCatalog studies, Retention retention) {
        this.door = door;
        this.studies = studies;
        this.retention = retention;
        addClassNames("text-page", "my-lead");
        setId("my-lead");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        MyLead lead = door.find(parameter).orElseThrow(NotFoundException::new);
        boolean languageChosen = event.getLocation().getQueryParameters().getParameters()
                .containsKey(Languages.PARAMETER);
        Locale own = Languages.fromCode(lead.language()).orElse(null);
        if (!languageChosen && own != null && !Languages.code(own).equals(Languages.code(getLocale()))) {
            // the whole page (header and footer too) in the person's language: load it again with ?lang=
            UI.getCurrent().getPage().setLocation("/" + event.getLocation().getPath() + "?" + Languages.PARAMETER
                    + "=" + Languages.code(own));
        }
        render(lead);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lead.my.title");
    }

    /** Shows the lead as it is now (after an action, too). */
    void refresh() {
        removeAll();
        door.find(token).ifPresentOrElse(this::render, () -> add(new Paragraph(getTranslation("lead.my.notFound"))));
    }

    private void render(MyLead lead) {
        Span reference = new Span(lead.reference());
        reference.setId("my-reference");
        reference.addClassName("lead-reference");
        add(new H1(getTranslation("lead.my.title")), new Paragraph(getTranslation("lead.done.reference")), reference);
        Optional<Study> study = studies.find(lead.nctId());
        if (lead.erased()) {
            Paragraph gone = new Paragraph(getTranslation(lead.withdrawn() ? "lead.my.withdrawn" : "lead.my.erased",
                    day(lead.erasedAt())));
            gone.setId("my-erased");
            add(section("lead.my.status", gone));
            study.ifPresent(s -> add(phone(s.sitePhone())));
            return;
        }
        Paragraph status = new Paragraph(statusWords(lead, study));
        status.setId("my-status");
        add(section("lead.my.status", status));
        if (lead.recheckFrom() != null) {
            String invitation = lead.recheckInvitedAt() != null
                    ? " " + getTranslation("lead.my.recheckSent", day(lead.recheckInvitedAt()))
                    : lead.recheckPlanned() ? " " + getTranslation("lead.my.recheckPlanned") : "";
            Paragraph recheck = new Paragraph(getTranslation("lead.my.recheck", day(lead.recheckFrom())) + invitation);
            recheck.setId("my-recheck");
            add(section("lead.my.recheckTitle", recheck));
        }
        add(held(lead));
        study.ifPresent(s -> add(phone(s.sitePhone())));
        add(new MyLeadActions(door, token, lead, this::refresh));
    }

    private String statusWords(MyLead lead, Optional<Study> study) {
        LeadStatus status = lead.status();
        if (status == LeadStatus.SCREENING_SCHEDULED && lead.screeningAt() != null) {
            String place = study.map(s -> s.contactsLocationsModule().locations().getFirst())
                    .map(l -> l.facility().in(getLocale()) + ", " + l.city().in(getLocale())).orElse("");
            return getTranslation("lead.my.status.SCREENING_SCHEDULED", dateTime(lead.screeningAt()), place);
        }
        if (!status.closed() && status != LeadStatus.ENROLLED && !lead.outcome().qualified()) {
            return getTranslation("lead.my.status.FUTURE");
        }
        String words = getTranslation("lead.my.status." + status);
        String reason = lead.closingReason() == null ? null : "lead.my.reason." + lead.closingReason();
        return reason != null && !getTranslation(reason).startsWith("!") ? words + " " + getTranslation(reason) : words;
    }

    private Section held(MyLead lead) {
        UnorderedList fields = new UnorderedList();
        fields.setId("my-held");
        lead.held().forEach(field -> fields.add(new ListItem(getTranslation("lead.my.held." + field))));
        String until = lead.erasureDue() != null ? getTranslation("lead.my.until", day(lead.erasureDue()))
                : lead.status() == LeadStatus.ENROLLED ? getTranslation("lead.my.untilEnrolled")
                : getTranslation("lead.my.untilWorked",
                        ChronoUnit.DAYS.between(LocalDate.EPOCH, LocalDate.EPOCH.plus(retention.closed())));
        Paragraph when = new Paragraph(until);
        when.setId("my-until");
        return section("lead.my.heldTitle", new Paragraph(getTranslation("lead.my.heldIntro")), fields, when);
    }

    private Section phone(Phone phone) {
        Anchor call = new Anchor(phone.telUri(), phone.display());
        call.setId("my-phone");
        call.addClassName("cta");
        return section("lead.my.phoneTitle", new Paragraph(getTranslation("lead.my.phone")), call);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... parts) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(parts);
        return section;
    }

    private String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
    }

    private String day(Instant instant) {
        return day(instant.atZone(ClockConfig.SITE_ZONE).toLocalDate());
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ClockConfig.SITE_ZONE).format(instant);
    }
}
