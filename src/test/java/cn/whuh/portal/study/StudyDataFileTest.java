package cn.whuh.portal.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.base.i18n.Text;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The study data file against the registry record it was made from ({@code seed/NCT06106906.txt}, a copy
 * of the record the study team handed over): every fact there, word for word, and nothing English that the
 * record does not say.
 */
class StudyDataFileTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final String DATA_FILE = "studies/NCT06106906/study.yaml";

    private static String seed;
    private static Study study;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = new ClassPathResource("seed/NCT06106906.txt").getInputStream()) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        study = new StudyCatalog(new PathMatchingResourcePatternResolver(), VALIDATOR).find("NCT06106906").orElseThrow();
    }

    @Test
    void criteriaAreTheSeedsNumberedListsWordForWord() {
        List<String> inclusion = numberedList("Inclusion Criteria", "Exclusion Criteria");
        List<String> exclusion = numberedList("Exclusion Criteria", "Minimum Eligible Age");
        assertThat(inclusion).hasSize(7);
        assertThat(exclusion).hasSize(33);
        assertThat(study.eligibilityModule().inclusionCriteria()).extracting(Study.Criterion::en).containsExactlyElementsOf(inclusion);
        assertThat(study.eligibilityModule().exclusionCriteria()).extracting(Study.Criterion::en).containsExactlyElementsOf(exclusion);
        for (int i = 1; i <= 7; i++) {
            assertThat(study.criterionText("I" + i).en()).isEqualTo(inclusion.get(i - 1));
        }
        for (int i = 1; i <= 33; i++) {
            assertThat(study.criterionText("E" + i).en()).isEqualTo(exclusion.get(i - 1));
        }
        assertThat(study.criterionText("E11").en()).contains("Sujects with positive extracellular DNA");
        assertThat(study.criterionText("I5").en()).isEqualTo(
                "Active SLE needs to meet the following criteria at screening:\n\nSELENA-SLEDAI score ≥ 6 points; PGA ≥ 1 points;");
        assertThat(study.criterionText("I2").zh()).isEqualTo("年龄 18 至 70 岁，男女不限；");
    }

    @Test
    void unknownCriterionIdsAreRefused() {
        assertThatThrownBy(() -> study.criterionText("I8")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> study.criterionText("E34")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> study.criterionText("X1")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void identifiersDatesAndContactsAreTheSeeds() {
        assertThat(study.nctId()).isEqualTo("NCT06106906");
        assertThat(study.identificationModule().orgStudyIdInfo())
                .isEqualTo(new Study.OrgStudyId("UHCT230444", "-", "org_study_id"));
        assertThat(study.title().en()).isEqualTo(seed.lines().findFirst().orElseThrow());
        assertThat(study.overallStatus()).isEqualTo("RECRUITING");
        assertThat(study.phase()).isEqualTo("PHASE1/PHASE2");
        assertThat(study.designModule().enrollmentInfo().count()).isEqualTo(15);
        assertThat(seed).contains("15 participants");
        Study.Status status = study.statusModule();
        assertThat(List.of(status.startDate(), status.completionDate(), status.lastUpdatePostDate()))
                .containsExactly(LocalDate.parse("2024-06-19"), LocalDate.parse("2027-12-31"), LocalDate.parse("2025-01-08"));
        assertThat(seed).contains("Study Start Date\n\n2024-06-19", "Study Completion Date\n\n2027-12-31", "Last Updated: 2025-01-08");
        assertThat(study.resultsSection().hasResults()).isFalse();
        assertThat(seed).contains("Results pending");

        Study.Eligibility eligibility = study.eligibilityModule();
        assertThat(List.of(eligibility.minimumAge(), eligibility.maximumAge(), eligibility.sex()))
                .containsExactly("18 Years", "70 Years", "ALL");
        assertThat(eligibility.healthyVolunteers()).isFalse();
        assertThat(seed).contains("Accepts Healthy Volunteers\n\nNo");

        assertThat(study.sitePhone()).isEqualTo(new Phone("(027) 85726808", "tel:+862785726808"));
        Study.Contact central = study.contactsLocationsModule().centralContacts().getFirst();
        assertThat(seed).contains(central.name() + ", " + central.title().en(), "Role: " + central.role(),
                central.phoneWithExtension());
        Study.Location site = study.contactsLocationsModule().locations().getFirst();
        assertThat(seed).contains(site.facility().en() + "\n\n" + site.city().en() + ", " + site.state().en() + ", "
                + site.country().en() + "\n\nSite Status " + site.status());
        assertThat(seed).contains("Role: " + site.contacts().getFirst().role() + "\n\n" + study.sitePhone().display());
        Study.Official pi = study.contactsLocationsModule().overallOfficials().getFirst();
        assertThat(seed).contains(pi.name() + ", " + pi.title().en() + "\n\nRole: " + pi.role() + "\n\n" + pi.affiliation().en());

        Study.RelatedStudy related = study.relatedStudies().getFirst();
        assertThat(seed).contains(related.title().en() + "\n" + related.nctId() + " " + related.overallStatus() + " "
                + related.phase());
    }

    /** Every English text and code of the file (bar the page's own plain-language wording) is the seed's. */
    @Test
    void everyEnglishTextAndCodeOfTheFileIsInTheSeed() throws IOException {
        JsonNode root;
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            root = YAMLMapper.builder().build().readTree(in);
        }
        List<String> missing = new ArrayList<>();
        ((ObjectNode) root).remove("plainLanguage");
        collectMissing(root, "", missing);
        assertThat(missing).isEmpty();
    }

    private static void collectMissing(JsonNode node, String path, List<String> missing) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getKey().equals("zh")) {
                    collectMissing(field.getValue(), path + "." + field.getKey(), missing);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectMissing(node.get(i), path + "[" + i + "]", missing);
            }
        } else if (node.isString() && !path.endsWith(".id") && !seed.contains(node.asString())) {
            missing.add(path + " = " + node.asString());
        }
    }

    @Test
    void everyTextHasAChineseVersion() {
        Text summary = study.descriptionModule().briefSummary();
        assertThat(summary.zh()).contains("系统性红斑狼疮").isNotEqualTo(summary.en());
        assertThat(study.eligibilityModule().exclusionCriteria()).allSatisfy(c -> assertThat(c.zh()).isNotBlank().isNotEqualTo(c.en()));
    }

    @Test
    void brokenFilesStopTheStartWithAClearMessage() {
        String original = fileText();
        assertRefused("NCT06106906", "identificationModule: [oops", "studies/NCT06106906/study.yaml");
        assertRefused("NCT06106906", original.replace("zh: \"年龄 18 至 70 岁，男女不限；\"", "zh: \"\""),
                "eligibilityModule.inclusionCriteria[1].zh: must not be blank");
        assertRefused("NCT06106906", original.replace("- id: E12\n", "- id: E13\n"),
                "exclusionCriteria[11].id: is E13, expected E12");
        assertRefused("NCT00000001", original, "does not match the folder");
        assertRefused("NCT06106906", original.replace("phone: \"(027) 85726808\"", "phone: \"call us\""),
                "contactsLocationsModule.locations[0].contacts");
        assertRefused("NCT06106906", original.replace("  briefSummary:", "  breifSummary:"), "breifSummary");
    }

    private static void assertRefused(String folder, String content, String expectedMessage) {
        assertThatThrownBy(() -> StudyCatalog.read(file(folder, content), VALIDATOR))
                .isInstanceOf(StudyCatalog.InvalidStudyFileException.class)
                .hasMessageContaining(expectedMessage);
    }

    /** The numbered items of a seed section; a line not starting with a number continues the item above. */
    private static List<String> numberedList(String from, String to) {
        String section = seed.substring(seed.indexOf(from + "\n") + from.length(), seed.indexOf(to));
        List<String> items = new ArrayList<>();
        Pattern numbered = Pattern.compile("^(\\d+)\\. (.*)$");
        for (String line : section.strip().split("\n", -1)) {
            Matcher m = numbered.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) == items.size() + 1) {
                items.add(m.group(2));
            } else {
                items.set(items.size() - 1, items.getLast() + "\n" + line);
            }
        }
        return items.stream().map(String::strip).toList();
    }

    private static String fileText() {
        try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resource file(String folder, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), "studies/" + folder + "/study.yaml") {
            @Override
            public String getDescription() {
                return "studies/" + folder + "/study.yaml";
            }
        };
    }
}
