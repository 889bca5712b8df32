package cn.whuh.portal.lead;

import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.base.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A study's privacy notice in both languages, read from {@code studies/<nctId>/privacy-notice.yaml}. Every
 * consent stores its version, the language it was shown in and the SHA-256 of exactly that text.
 */
public record PrivacyNotice(String version, Text title, List<Section> sections) {

    public record Section(Text heading, List<Text> paragraphs) {
    }

    /** The whole notice in one language, one line per title, heading and paragraph: what the hash covers. */
    public String fullText(Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(title.in(locale));
        for (Section section : sections) {
            lines.add(section.heading().in(locale));
            section.paragraphs().forEach(paragraph -> lines.add(paragraph.in(locale)));
        }
        return String.join("\n", lines);
    }

    /** Hex SHA-256 of {@link #fullText(Locale)} in UTF-8. */
    public String sha256(Locale locale) {
        return DigestUtils.sha256Hex(fullText(Languages.closest(locale)));
    }

    /** Problems that make the file unusable: missing version, title, sections or a text in either language. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (version == null || version.isBlank() || version.length() > 20) {
            problems.add("version must be 1-20 characters");
        }
        List<Text> texts = new ArrayList<>();
        texts.add(title);
        if (sections == null || sections.isEmpty()) {
            problems.add("sections are missing");
        } else {
            for (Section section : sections) {
                texts.add(section.heading());
                if (section.paragraphs() == null || section.paragraphs().isEmpty()) {
                    problems.add("a section has no paragraphs");
                } else {
                    texts.addAll(section.paragraphs());
                }
            }
        }
        if (texts.stream().anyMatch(t -> t == null || blank(t.en()) || blank(t.zh()))) {
            problems.add("every title, heading and paragraph needs both en and zh");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
