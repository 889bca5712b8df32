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
import java.util.stream.Collectors;
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

        Phone site027 = new Phone("027-8572 6808", "tel:+862785726808");
        assertThat(study.sitePhone()).isEqualTo(site027);
        Study.Location site = study.contactsLocationsModule().locations().getFirst();
        assertThat(seed).contains(site.facility().en() + "\n\n" + site.city().en() + ", " + site.state().en() + ", "
                + site.country().en() + "\n\nSite Status " + site.status());
        assertThat(seed).contains("Role: " + site.contacts().getFirst().role() + "\n\n" + site.contacts().getFirst().phone());
        // The registry prints the central contact's phone "85726808 ext. 027": 027 is Wuhan's area code, so the
        // file holds the site's number and the page dials that.
        Study.Contact central = study.contactsLocationsModule().centralContacts().getFirst();
        assertThat(seed).contains(central.name() + ", " + central.title().en() + "\n\nRole: " + central.role() + "\n\n85726808 ext. 027");
        assertThat(study.phone(central)).isEqualTo(site027);
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
        ((ObjectNode) root).remove(List.of("plainLanguage", "eligibilitySummary", "whatHappens", "callBack"));
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

    /** The plain summary restates its criteria: each number it gives is one of theirs (or the 2 years of follow-up). */
    @Test
    void theWhoMayJoinSummaryGivesTheNumbersOfTheCriteriaItNames() {
        assertThat(study.eligibilitySummary()).hasSizeBetween(7, 8);
        Pattern number = Pattern.compile("\\d+");
        for (KeyFact fact : study.eligibilitySummary()) {
            String criteria = fact.criteria().stream().map(study::criterionText).map(text -> text.en() + " " + text.zh())
                    .collect(Collectors.joining(" ")) + " " + study.descriptionModule().detailedDescription().en();
            String said = fact.text().en().replaceAll("\\([^()]*\\)", "");
            Matcher numbers = number.matcher(said);
            while (numbers.find()) {
                assertThat(criteria).as("%s restating %s", said, fact.criteria()).contains(numbers.group());
            }
        }
        assertThat(study.eligibilitySummary()).flatExtracting(KeyFact::criteria).contains("I1", "I2", "I3", "I4", "I5", "I6", "I7");
        assertThat(study.eligibilitySummary().getFirst().text().en()).contains("18 to 70");
    }

    @Test
    void theCallBackAndTheInvestigatorComeFromTheFile() {
        assertThat(study.callFrom()).isEqualTo(new Phone("027-8572 6808", "tel:+862785726808"));
        assertThat(study.callWindow().en()).contains("working days", "Beijing time");
        assertThat(study.callWindow().zh()).contains("工作日", "北京时间");
        assertThat(study.investigatorName()).isEqualTo(new Text("Prof. Qiubai Li", "Qiubai Li 教授"));
        assertThat(study.isInvestigator("Qiubai Li")).isTrue();
    }

    /** The privacy notice names the principal investigator as the study page does, in each language. */
    @Test
    void thePrivacyNoticeNamesTheInvestigatorAsThePageDoes() throws IOException {
        JsonNode notice;
        try (InputStream in = new ClassPathResource("studies/NCT06106906/privacy-notice.yaml").getInputStream()) {
            notice = YAMLMapper.builder().build().readTree(in);
        }
        List<String> english = notice.findValues("en").stream().map(JsonNode::asString)
                .filter(text -> text.contains("principal investigator")).toList();
        List<String> chinese = notice.findValues("zh").stream().map(JsonNode::asString)
                .filter(text -> text.contains("主要研究者")).toList();
        assertThat(english).isNotEmpty().allSatisfy(text -> assertThat(text).contains("principal investigator: " + study.investigatorName().en()));
        assertThat(chinese).isNotEmpty().allSatisfy(text -> assertThat(text).contains("主要研究者：" + study.investigatorName().zh()));
    }

    @Test
    void phonesAreShownAsDialled() {
        assertThat(Phone.of("(027) 85726808", "China")).isEqualTo(new Phone("027-8572 6808", "tel:+862785726808"));
        assertThat(Phone.of("027-85726808", "China")).isEqualTo(new Phone("027-8572 6808", "tel:+862785726808"));
        assertThat(Phone.of("010 6512 3456", "China").display()).isEqualTo("010-6512 3456");
        assertThat(Phone.of("13800138000", "China")).isEqualTo(new Phone("138 0013 8000", "tel:+8613800138000"));
        assertThat(Phone.of("020 7946 0958", "United Kingdom")).isEqualTo(new Phone("020 7946 0958", "tel:+442079460958"));
        assertThatThrownBy(() -> Phone.of("85726808", "China")).hasMessageContaining("not a valid phone number in China");
        assertThatThrownBy(() -> Phone.of("(027) 85726808", "Atlantis")).hasMessageContaining("Unknown country");
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
        assertRefused("NCT06106906", original.replace("phone: \"(027) 85726808\"\n  overallOfficials",
                "phone: \"85726808\"\n      phoneExt: \"027\"\n  overallOfficials"), "phoneExt");
        assertRefused("NCT06106906", original.replace("phone: \"(027) 85726808\"\n  overallOfficials", "phone: \"85726808\"\n  overallOfficials"),
                "contactsLocationsModule.centralContacts[0].phone: \"85726808\" is not a valid phone number in China");
    }

    /** The plain-language sections are checked like the rest: a text without its Chinese stops the start. */
    @Test
    void brokenPatientSectionsStopTheStart() {
        String original = fileText();
        assertRefused("NCT06106906", original.replace("      zh: \"年龄 18 至 70 岁，男女均可。\"\n", ""),
                "eligibilitySummary[0].text: needs a non-empty \"en\" and \"zh\" text");
        assertRefused("NCT06106906", original.replace("criteria: [E21, E23]", "criteria: [E21, E34]"),
                "eligibilitySummary[5].criteria: the study has no criterion E34");
        assertRefused("NCT06106906", original.replace("criteria: [I3]", "criteria: []"), "eligibilitySummary[3].criteria: must not be empty");
        assertRefused("NCT06106906", original.replace("        zh: \"采集细胞（白细胞单采）\"\n", ""),
                "whatHappens.steps[2].title: needs a non-empty \"en\" and \"zh\" text");
        String lymphodepletionZh = original.lines().filter(line -> line.contains("通常是在输注前几天进行")).findFirst().orElseThrow();
        assertRefused("NCT06106906", original.replace(lymphodepletionZh + "\n", ""),
                "whatHappens.steps[3].practice: needs a non-empty \"en\" and \"zh\" text");
        assertRefused("NCT06106906", withoutTextOfTheFirstRisk(original), "whatHappens.risks[0]: needs a \"text\" or a \"practice\"");
        assertRefused("NCT06106906", original.replace("    zh: \"2 个工作日内（北京时间 9:00–17:00）\"\n", ""),
                "callBack.when: needs a non-empty \"en\" and \"zh\" text");
        assertRefused("NCT06106906", original.replace("callFrom: \"(027) 85726808\"", "callFrom: \"ask the team\""), "callBack.callFrom");
        assertRefused("NCT06106906", original.replace("callBack:", "callBack_:"), "callBack_");
        assertRefused("NCT06106906", original.replace("    zh: \"Qiubai Li 教授\"", "    zh: \"李教授\""),
                "plainLanguage.investigator: must name the responsible investigator Qiubai Li in both languages");
        int whatHappens = original.indexOf("whatHappens:");
        String withoutWhatHappens = original.substring(0, whatHappens) + original.substring(original.indexOf("# When and from which number"));
        assertRefused("NCT06106906", withoutWhatHappens, "whatHappens: must not be null");
    }

    /** The file with the first risk's "practice" (its only text) taken out. */
    private static String withoutTextOfTheFirstRisk(String original) {
        int risks = original.indexOf("  risks:\n");
        int practice = original.indexOf("      practice:\n", risks);
        int next = original.indexOf("    - title:", practice);
        return original.substring(0, practice) + original.substring(next);
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
