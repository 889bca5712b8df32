package cn.whuh.portal.study;

import cn.whuh.portal.base.i18n.Text;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
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
        @NotEmpty List<@NotNull @Valid KeyFact> eligibilitySummary,
        @NotNull @Valid WhatHappens whatHappens,
        @NotNull @Valid CallBack callBack,
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
    static final String CRITERION_ID = "[IE][1-9]\\d*";

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

    /** The phone of the study site (the first location's first contact), as dialled and as a link. */
    public Phone sitePhone() {
        return phone(contactsLocationsModule.locations().getFirst().contacts().getFirst());
    }

    /** A contact's phone as dialled in the site's country, and as a link. */
    public Phone phone(Contact contact) {
        return Phone.of(contact.phone(), siteCountry());
    }

    /**
     * When the team calls someone who left their details: completes "We will call you …" ("within 2 working
     * days, between 9:00 and 17:00 Beijing time") and "我们会在……给您打电话".
     */
    public Text callWindow() {
        return callBack.when();
    }

    /** The number the team's calls come from, which may differ from the {@link #sitePhone() site phone}. */
    public Phone callFrom() {
        return Phone.of(callBack.callFrom(), siteCountry());
    }

    /** The principal investigator as patients read the name, in each language ("Prof. Qiubai Li"). */
    public Text investigatorName() {
        return plainLanguage.investigator();
    }

    /** Whether a person of the record (a contact or an official) is the principal investigator. */
    public boolean isInvestigator(String registryName) {
        return sponsorCollaboratorsModule.responsibleParty().investigatorFullName().equals(registryName);
    }

    private String siteCountry() {
        return contactsLocationsModule.locations().getFirst().country().en();
    }

    public record Identification(
            @NotNull @Pattern(regexp = NCT_ID) String nctId,
            @Bilingual Text officialTitle,
            @NotNull @Valid OrgStudyId orgStudyIdInfo) {
    }

    /** The registry's "other identifier": the sponsor's own study number. */
    public record OrgStudyId(@NotBlank String id, @NotBlank String type, @NotBlank String source) {
    }

    /**
     * Patient-facing wording that restates facts of the other modules, for the page; {@code investigator} is the
     * one name the portal gives the principal investigator in each language.
     */
    public record PlainLanguage(
            @Bilingual Text headline,
            @Bilingual Text summary,
            @Bilingual Text investigator,
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
            @NotNull @Pattern(regexp = CRITERION_ID) String id,
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

    /** A contact person; {@code phone} is written as in the site's country ({@link #phone(Contact)} dials it). */
    public record Contact(
            @NotBlank String name,
            @Bilingual Text title,
            @NotBlank String role,
            @NotBlank String phone) {
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
