package cn.whuh.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.AttemptResult;
import cn.whuh.portal.lead.ConsentKind;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.notify.MailKind;
import cn.whuh.portal.notify.MailStatus;
import cn.whuh.portal.prescreen.CriterionStatus;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.triage.LeadFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text exists in English and Simplified Chinese: each bundle {@code i18n/<name>.properties} has a
 * {@code <name>_zh.properties} with exactly the same keys, no value is blank, and every code the views translate
 * by name (statuses, outcomes, attempt results, closing reasons, roles, …) has its text in both.
 */
class BundleSyncTest {

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndNoBlankText() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        List<String> bundles = new ArrayList<>();
        for (Resource resource : english) {
            String name = resource.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            String bundle = name.substring(0, name.length() - ".properties".length());
            bundles.add(bundle);
            Properties en = load("i18n/" + bundle + ".properties");
            Properties zh = load("i18n/" + bundle + "_zh.properties");
            assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys of %s_zh", bundle)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            for (Properties texts : List.of(en, zh)) {
                assertThat(texts.stringPropertyNames()).as("blank texts in %s", bundle)
                        .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
            }
        }
        assertThat(bundles).contains("messages", "study", "prescreen", "lead", "staff", "notify", "settings");
    }

    @Test
    void everyCodeTheViewsTranslateByNameHasItsText() throws IOException {
        Properties en = all("");
        Properties zh = all("_zh");
        List<String> keys = new ArrayList<>();
        keys.addAll(keys("staff.status.", LeadStatus.values()));
        keys.addAll(keys("staff.outcome.", Outcome.values()));
        keys.addAll(keys("notify.outcome.", Stream.of(Outcome.values()).filter(Outcome::qualified)
                .toArray(Outcome[]::new)));
        keys.addAll(keys("prescreen.result.title.", Outcome.values()));
        keys.addAll(keys("prescreen.result.summary.", Outcome.values()));
        keys.addAll(keys("staff.attempt.", AttemptResult.values()));
        keys.addAll(keys("staff.criterion.", CriterionStatus.values()));
        keys.addAll(keys("staff.consent.", ConsentKind.values()));
        keys.addAll(keys("staff.role.", StaffRole.values()));
        keys.addAll(keys("staff.queue.scope.", new LeadFilter.Scope[] {LeadFilter.Scope.OPEN, LeadFilter.Scope.ALL,
                LeadFilter.Scope.FUTURE}));
        keys.addAll(keys("staff.queue.assignment.", LeadFilter.Assignment.values()));
        keys.addAll(keys("staff.queue.due.", LeadFilter.Due.values()));
        keys.addAll(keys("notify.kind.", MailKind.values()));
        keys.addAll(keys("notify.status.", MailStatus.values()));
        Arrays.stream(LeadStatus.values()).flatMap(s -> s.reasons().stream())
                .forEach(reason -> keys.add("staff.reason." + reason));
        assertThat(keys).allSatisfy(key -> {
            assertThat(en.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(zh.getProperty(key)).as("Chinese " + key).isNotBlank();
        });
    }

    private static List<String> keys(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(v -> prefix + v.name()).toList();
    }

    private static Properties all(String suffix) throws IOException {
        Properties all = new Properties();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = resource.getFilename();
            boolean chinese = name != null && name.endsWith("_zh.properties");
            if (name != null && chinese == !suffix.isEmpty()) {
                all.putAll(load("i18n/" + name));
            }
        }
        return all;
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleSyncTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
