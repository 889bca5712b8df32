package cn.whuh.portal.study;

import cn.whuh.portal.base.i18n.Text;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * One study's public record, read from {@code studies/<NCT id>/study.yaml}. Its parts mirror the modules of
 * the ClinicalTrials.gov API v2; texts are {@link Text}s in English (the registry's wording) and Chinese;
 * codes such as {@code RECRUITING} or {@code PHASE1} are the registry's.
 */
public record Study(
        @NotNull @Valid Identification identificationModule,
        @NotNull @Valid PlainLanguage plainLanguage,
        @NotNull @Valid Status statusModule,
        @NotNull @Valid Results resultsSection,
        @NotNull @Valid Description descriptionModule,
        @NotNull @Valid Conditions conditionsModule,
        @NotNull @Valid Design designModule,
        @NotNull @Valid ArmsInterventions armsInterventionsModule,
        @NotNull @Valid Eligibility eligibilityModule,
        @NotNull @Valid SponsorCollaborators sponsorCollaboratorsModule,
        @NotNull @Valid ContactsLocations contactsLocationsModule,
        @NotNull List<@NotNull @Valid RelatedStudy> relatedStudies) {

    static final String NCT_ID = "NCT\\d{8}";
    static final String CODE = "[A-Z][A-Z0-9_]*";

    public String nctId() {
        return identificationModule.nctId();
    }

    public Text title() {
        return identificationModule.officialTitle();
    }

    public String overallStatus() {
        return statusModule.overallStatus();
    }

    /** The phases as the registry prints them, e.g. "PHASE1/PHASE2". */
    public String phase() {
        return designModule.phase();
    }

    /**
     * The full protocol text of one criterion: {@code I1}.. for the numbered inclusion criteria, {@code E1}..
     * for the numbered exclusion criteria.
     *
     * @throws NoSuchElementException for an id the study does not have
     */
    public Text criterionText(String criterionId) {
        return Stream.concat(eligibilityModule.inclusionCriteria().stream(), eligibilityModule.exclusionCriteria().stream())
                .filter(criterion -> criterion.id().equals(criterionId))
                .findFirst()
                .map(Criterion::text)
                .orElseThrow(() -> new NoSuchElementException(nctId() + " has no criterion " + criterionId));
    }

    /** The phone of the study site (the first location's first contact with a phone), for people and as a link. */
    public Phone sitePhone() {
        Location site = contactsLocationsModule.locations().getFirst();
        String display = site.contacts().stream()
                .map(Contact::phone)
                .filter(phone -> phone != null && !phone.isBlank())
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(nctId() + " has no site phone"));
        return new Phone(display, telUri(display, site.country().en()));
    }

    /** A tel: link in international form, for a number written as people in that country write it. */
    private static String telUri(String display, String country) {
        String region = Arrays.stream(Locale.getISOCountries())
                .filter(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(country))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown country \"" + country + "\""));
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = phones.parse(display, region);
            if (!phones.isValidNumber(number)) {
                throw new IllegalArgumentException("\"" + display + "\" is not a valid phone number in " + country);
            }
            return "tel:" + phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("\"" + display + "\" is not a phone number: " + e.getMessage(), e);
        }
    }

    public record Identification(
            @NotNull @Pattern(regexp = NCT_ID) String nctId,
            @Bilingual Text officialTitle,
            @NotNull @Valid OrgStudyId orgStudyIdInfo) {
    }

    /** The registry's "other identifier": the sponsor's own study number. */
    public record OrgStudyId(@NotBlank String id, @NotBlank String type, @NotBlank String source) {
    }

    /** Patient-facing wording that restates facts of the other modules, for the page. */
    public record PlainLanguage(
            @Bilingual Text headline,
            @Bilingual Text summary,
            @NotEmpty List<@Bilingual Text> participation) {
    }

    public record Status(
            @NotNull @Pattern(regexp = CODE) String overallStatus,
            @NotNull LocalDate startDate,
            @NotNull LocalDate completionDate,
            @NotNull LocalDate lastUpdatePostDate) {
    }

    public record Results(boolean hasResults, @Bilingual Text note) {
    }

    public record Description(@Bilingual Text briefSummary, @Bilingual Text detailedDescription) {
    }

    public record Conditions(@NotEmpty List<@Bilingual Text> conditions) {
    }

    public record Design(
            @NotNull @Pattern(regexp = CODE) String studyType,
            @NotEmpty List<@NotNull @Pattern(regexp = CODE) String> phases,
            @NotNull @Valid Enrollment enrollmentInfo,
            @NotNull @Valid DesignInfo designInfo) {

        public String phase() {
            return String.join("/", phases);
        }
    }

    public record Enrollment(@Positive int count) {
    }

    public record DesignInfo(
            @NotNull @Pattern(regexp = CODE) String allocation,
            @NotNull @Pattern(regexp = CODE) String interventionModel,
            @NotNull @Pattern(regexp = CODE) String primaryPurpose,
            @NotNull @Valid Masking maskingInfo) {
    }

    public record Masking(@NotNull @Pattern(regexp = CODE) String masking) {
    }

    public record ArmsInterventions(
            @NotEmpty List<@NotNull @Valid ArmGroup> armGroups,
            @NotEmpty List<@NotNull @Valid Intervention> interventions) {
    }

    public record ArmGroup(
            @Bilingual Text label,
            @NotNull @Pattern(regexp = CODE) String type,
            @Bilingual Text description,
            @NotEmpty List<@Bilingual Text> interventionNames) {
    }

    public record Intervention(
            @NotNull @Pattern(regexp = CODE) String type,
            @Bilingual Text name,
            @Bilingual Text description) {
    }

    public record Eligibility(
            boolean healthyVolunteers,
            @NotNull @Pattern(regexp = CODE) String sex,
            @NotBlank String minimumAge,
            @NotBlank String maximumAge,
            @NotEmpty List<@NotNull @Valid Criterion> inclusionCriteria,
            @NotEmpty List<@NotNull @Valid Criterion> exclusionCriteria) {
    }

    /**
     * One numbered criterion: {@code I3} is inclusion criterion 3, {@code E11} exclusion criterion 11. The file
     * holds it as {@code id, en, zh}; written out (the API) it is {@code id, number, text}.
     */
    public record Criterion(
            @NotNull @Pattern(regexp = "[IE][1-9]\\d*") String id,
            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @NotBlank String en,
            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @NotBlank String zh) {

        @JsonProperty
        public Text text() {
            return new Text(en, zh);
        }

        @JsonProperty
        public int number() {
            return Integer.parseInt(id.substring(1));
        }
    }

    public record SponsorCollaborators(
            @NotNull @Valid ResponsibleParty responsibleParty,
            @NotNull @Valid Sponsor leadSponsor,
            @NotNull List<@NotNull @Valid Sponsor> collaborators) {
    }

    public record ResponsibleParty(
            @NotNull @Pattern(regexp = CODE) String type,
            @NotBlank String investigatorFullName,
            @Bilingual Text investigatorTitle) {
    }

    /** A sponsor and the registry's agency class of it (INDUSTRY, OTHER, ...), written {@code class} in the file. */
    public record Sponsor(@Bilingual Text name, @JsonProperty("class") @NotNull @Pattern(regexp = CODE) String agencyClass) {
    }

    public record ContactsLocations(
            @NotNull List<@NotNull @Valid Contact> centralContacts,
            @NotNull List<@NotNull @Valid Official> overallOfficials,
            @NotEmpty List<@NotNull @Valid Location> locations,
            @NotEmpty List<@Bilingual Text> countries) {
    }

    public record Contact(
            @NotBlank String name,
            @Bilingual Text title,
            @NotBlank String role,
            @NotBlank String phone,
            String phoneExt) {

        /** The phone as the registry prints it, e.g. "85726808 ext. 027". */
        public String phoneWithExtension() {
            return phoneExt == null || phoneExt.isBlank() ? phone : phone + " ext. " + phoneExt;
        }
    }

    public record Official(
            @NotBlank String name,
            @Bilingual Text title,
            @NotNull @Pattern(regexp = CODE) String role,
            @Bilingual Text affiliation) {
    }

    public record Location(
            @Bilingual Text facility,
            @Bilingual Text city,
            @Bilingual Text state,
            @Bilingual Text country,
            @NotNull @Pattern(regexp = CODE) String status,
            @NotEmpty List<@NotNull @Valid Contact> contacts) {
    }

    /** A study the registry lists as related by similarity; not part of this study. */
    public record RelatedStudy(
            @NotNull @Pattern(regexp = NCT_ID) String nctId,
            @Bilingual Text title,
            @NotNull @Pattern(regexp = CODE) String overallStatus,
            @NotEmpty List<@NotNull @Pattern(regexp = CODE) String> phases) {

        public String phase() {
            return String.join("/", phases);
        }
    }
}
