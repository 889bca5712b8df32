package cn.whuh.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.base.i18n.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyNoticeTest {

    @Test
    void theStudyNoticeIsCompleteInBothLanguagesAndHashedPerLanguage() throws Exception {
        PrivacyNotice notice = new PrivacyNotices().forStudy("NCT06106906");
        assertThat(notice.problems()).isEmpty();
        assertThat(notice.fullText(Languages.ENGLISH)).contains("withdraw").contains("(027) 85726808");
        assertThat(notice.fullText(Languages.CHINESE)).contains("撤回").contains("武汉协和医院");
        assertThat(notice.sha256(Languages.ENGLISH)).hasSize(64).isNotEqualTo(notice.sha256(Languages.CHINESE));
        assertThat(notice.sha256(Languages.CHINESE)).isEqualTo(notice.sha256(Languages.CHINESE));
    }

    @Test
    void aNoticeMissingATranslationOrVersionIsRejected() {
        Text title = new Text("Privacy", "隐私");
        PrivacyNotice untranslated = new PrivacyNotice("1", title,
                List.of(new PrivacyNotice.Section(title, List.of(new Text("Only English", null)))));
        assertThat(untranslated.problems()).containsExactly("every title, heading and paragraph needs both en and zh");
        PrivacyNotice unversioned = new PrivacyNotice(" ", title,
                List.of(new PrivacyNotice.Section(title, List.of(title))));
        assertThat(unversioned.problems()).containsExactly("version must be 1-20 characters");
    }

    @Test
    void referenceCodesAvoidLookAlikes() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Reference.next().value()).matches(Reference.FORMAT).doesNotContain("0", "O", "1", "I");
        }
    }
}
