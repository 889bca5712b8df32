package cn.whuh.portal.study.api;

import cn.whuh.portal.base.api.ApiLanguage;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.study.Phone;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The public study record as JSON, from the same data file as the study page. Texts come in the language
 * of {@code Accept-Language} (English unless Chinese is asked for); codes, dates and numbers as in the
 * registry. An unknown NCT id is a 404 problem detail (RFC 9457, {@link UnknownStudyException}).
 */
@RestController
@RequestMapping("/api/studies")
public class StudyController {

    private static final String LANGUAGE = "language";

    /** Writes the study's modules in declaration order, each {@link Text} in the request's language. */
    private static final ObjectWriter RECORD_WRITER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addModule(new SimpleModule("study-text").addSerializer(Text.class, new ValueSerializer<>() {
                @Override
                public void serialize(Text text, JsonGenerator gen, SerializationContext context) {
                    gen.writeString(text.in((Locale) context.getAttribute(LANGUAGE)));
                }
            }))
            .build()
            .writer();

    private final StudyCatalog catalog;

    public StudyController(StudyCatalog catalog) {
        this.catalog = catalog;
    }

    /** One line per study: {@code [{"nctId", "title", "status", "phase"}]}. */
    @GetMapping
    public List<StudySummary> list(HttpServletRequest request) {
        Locale language = ApiLanguage.of(request);
        return catalog.all().stream()
                .map(study -> new StudySummary(study.nctId(), study.title().in(language), study.overallStatus(), study.phase()))
                .toList();
    }

    /** The whole public record, shaped after the ClinicalTrials.gov API v2 modules. */
    @GetMapping("/{nctId}")
    public ResponseEntity<byte[]> get(@PathVariable String nctId, HttpServletRequest request) {
        Locale language = ApiLanguage.of(request);
        Study study = catalog.find(nctId).orElseThrow(() -> new UnknownStudyException(nctId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, Languages.code(language))
                .body(RECORD_WRITER.withAttribute(LANGUAGE, language)
                        .writeValueAsBytes(new StudyRecord(study.nctId(), Languages.code(language), study.sitePhone(),
                                study.callFrom(), study)));
    }

    public record StudySummary(String nctId, String title, String status, String phase) {
    }

    /**
     * The record: the language its texts are in, the site phone and the number the team calls from (both as
     * dialled and as links), then the study's modules and the page's plain-language sections.
     */
    record StudyRecord(String nctId, String language, Phone sitePhone, Phone callFrom, @JsonUnwrapped Study study) {
    }
}
