package cn.whuh.portal.study;

import cn.whuh.portal.base.config.DataFiles;
import cn.whuh.portal.base.i18n.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Every study the portal shows, loaded once at start-up from {@code studies/<NCT id>/study.yaml} on the
 * classpath. A file that cannot be read, misses a field, has a text in one language only, numbers its
 * criteria wrongly, sits in a folder not named after its NCT id, has a phone that is not a valid number, a
 * "who may join" fact naming a criterion the study does not have, a step that says nothing, or names the
 * investigator otherwise than the registry, stops the start-up with a message that says which file and
 * which field.
 */
@Component
public class StudyCatalog {

    static final String LOCATION = "classpath*:studies/*/study.yaml";

    private final Map<String, Study> studies;

    public StudyCatalog(ResourcePatternResolver resources, Validator validator) throws IOException {
        Map<String, Study> loaded = new LinkedHashMap<>();
        for (Resource resource : resources.getResources(LOCATION)) {
            Study study = read(resource, validator);
            if (loaded.putIfAbsent(study.nctId(), study) != null) {
                throw new InvalidStudyFileException(describe(resource), List.of("a second file for " + study.nctId()));
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No study data file found at " + LOCATION);
        }
        this.studies = Map.copyOf(loaded);
    }

    public Optional<Study> find(String nctId) {
        return Optional.ofNullable(nctId).map(studies::get);
    }

    /** The study this portal recruits for: the first of its data files (today the only one, NCT06106906). */
    public Study recruiting() {
        return all().getFirst();
    }

    /** All studies, ordered by NCT id. */
    public List<Study> all() {
        return studies.values().stream().sorted(Comparator.comparing(Study::nctId)).toList();
    }

    /** Reads and checks one study file; the folder it sits in must be named after its NCT id. */
    static Study read(Resource resource, Validator validator) {
        String file = describe(resource);
        Study study;
        try (InputStream in = resource.getInputStream()) {
            study = DataFiles.YAML.readValue(in, Study.class);
        } catch (JacksonException e) {
            throw new InvalidStudyFileException(file, List.of(e.getOriginalMessage() + " (at " + e.getPathReference() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read study data file " + file, e);
        }
        List<String> problems = new ArrayList<>();
        for (ConstraintViolation<Study> violation : validator.validate(study)) {
            problems.add(violation.getPropertyPath() + ": " + violation.getMessage());
        }
        if (problems.isEmpty()) {
            problems.addAll(consistencyProblems(study, file));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStudyFileException(file, problems.stream().sorted().toList());
        }
        return study;
    }

    private static List<String> consistencyProblems(Study study, String file) {
        List<String> problems = new ArrayList<>();
        if (!file.endsWith("studies/" + study.nctId() + "/study.yaml")) {
            problems.add("identificationModule.nctId: " + study.nctId() + " does not match the folder of the file");
        }
        Study.Eligibility eligibility = study.eligibilityModule();
        problems.addAll(numberingProblems("inclusionCriteria", "I", eligibility.inclusionCriteria()));
        problems.addAll(numberingProblems("exclusionCriteria", "E", eligibility.exclusionCriteria()));
        problems.addAll(phoneProblems(study));
        problems.addAll(summaryProblems(study));
        problems.addAll(pointProblems(study.whatHappens()));
        String investigator = study.sponsorCollaboratorsModule().responsibleParty().investigatorFullName();
        Text name = study.investigatorName();
        if (!name.en().contains(investigator) || !name.zh().contains(investigator)) {
            problems.add("plainLanguage.investigator: must name the responsible investigator " + investigator + " in both languages");
        }
        return problems;
    }

    /** Every phone of the file must be a valid number in the site's country: the page dials them. */
    private static List<String> phoneProblems(Study study) {
        List<String> problems = new ArrayList<>();
        Study.ContactsLocations contacts = study.contactsLocationsModule();
        String central = "contactsLocationsModule.centralContacts[";
        for (int i = 0; i < contacts.centralContacts().size(); i++) {
            Study.Contact contact = contacts.centralContacts().get(i);
            phoneProblem(problems, central + i + "].phone", () -> study.phone(contact));
        }
        for (int l = 0; l < contacts.locations().size(); l++) {
            String location = "contactsLocationsModule.locations[" + l + "].contacts[";
            List<Study.Contact> people = contacts.locations().get(l).contacts();
            for (int i = 0; i < people.size(); i++) {
                Study.Contact contact = people.get(i);
                phoneProblem(problems, location + i + "].phone", () -> study.phone(contact));
            }
        }
        phoneProblem(problems, "callBack.callFrom", study::callFrom);
        return problems;
    }

    private static void phoneProblem(List<String> problems, String field, Supplier<Phone> phone) {
        try {
            phone.get();
        } catch (IllegalArgumentException e) {
            problems.add(field + ": " + e.getMessage());
        }
    }

    /** Each fact of the "who may join" summary names criteria the study has. */
    private static List<String> summaryProblems(Study study) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < study.eligibilitySummary().size(); i++) {
            for (String id : study.eligibilitySummary().get(i).criteria()) {
                try {
                    study.criterionText(id);
                } catch (NoSuchElementException e) {
                    problems.add("eligibilitySummary[" + i + "].criteria: the study has no criterion " + id);
                }
            }
        }
        return problems;
    }

    /** A step, risk or practical matter says something: what is known, general CAR-T practice, or both. */
    private static List<String> pointProblems(WhatHappens whatHappens) {
        List<String> problems = new ArrayList<>();
        Map<String, List<WhatHappens.Point>> lists = new LinkedHashMap<>();
        lists.put("steps", whatHappens.steps());
        lists.put("risks", whatHappens.risks());
        lists.put("practicalities", whatHappens.practicalities());
        lists.forEach((name, points) -> {
            for (int i = 0; i < points.size(); i++) {
                if (points.get(i).text() == null && points.get(i).practice() == null) {
                    problems.add("whatHappens." + name + "[" + i + "]: needs a \"text\" or a \"practice\"");
                }
            }
        });
        return problems;
    }

    /** Criteria keep the protocol's numbering: prefix + 1, 2, 3, ... in order. */
    private static List<String> numberingProblems(String list, String prefix, List<Study.Criterion> criteria) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            String expected = prefix + (i + 1);
            if (!criteria.get(i).id().equals(expected)) {
                problems.add("eligibilityModule." + list + "[" + i + "].id: is " + criteria.get(i).id() + ", expected " + expected);
            }
        }
        return problems;
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    /** A study data file that is not usable; the message names the file and every problem found. */
    public static class InvalidStudyFileException extends IllegalStateException {

        InvalidStudyFileException(String file, List<String> problems) {
            super("Invalid study data file " + file + ":\n  - " + String.join("\n  - ", problems));
        }
    }
}
