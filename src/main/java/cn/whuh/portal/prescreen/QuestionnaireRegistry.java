package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.config.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Every study's questionnaire, read at start-up from {@code studies/<nctId>/prescreen.yaml} on the class
 * path and checked by {@link QuestionnaireCheck}: a file that cannot be read or does not make sense stops
 * the portal with a message naming the file and the place. A new study is a new data file, no Java.
 */
@Component
public class QuestionnaireRegistry {

    static final String PATTERN = "classpath*:studies/*/prescreen.yaml";

    private final Map<String, Questionnaire> byStudy;

    public QuestionnaireRegistry() {
        this(PATTERN);
    }

    QuestionnaireRegistry(String pattern) {
        Map<String, Questionnaire> loaded = new LinkedHashMap<>();
        for (Resource resource : resources(pattern)) {
            Questionnaire questionnaire = load(resource);
            if (loaded.put(questionnaire.nctId(), questionnaire) != null) {
                throw new IllegalStateException("Two questionnaire files for study " + questionnaire.nctId());
            }
        }
        this.byStudy = Map.copyOf(loaded);
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list questionnaire files " + pattern, e);
        }
    }

    /** Reads and checks one questionnaire file; throws IllegalStateException naming what is wrong. */
    public static Questionnaire load(Resource resource) {
        String name = resource.getDescription();
        Questionnaire questionnaire;
        try (InputStream in = resource.getInputStream()) {
            questionnaire = DataFiles.YAML.readValue(in, Questionnaire.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read questionnaire " + name + ": " + e.getMessage(), e);
        }
        List<String> problems = QuestionnaireCheck.problems(questionnaire);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Questionnaire " + name + " is not valid:\n  - "
                    + String.join("\n  - ", problems));
        }
        return questionnaire;
    }

    public Optional<Questionnaire> find(String nctId) {
        return Optional.ofNullable(nctId).map(byStudy::get);
    }
}
