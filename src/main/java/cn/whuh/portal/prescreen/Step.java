package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.util.List;

/** One page of the questionnaire: a title, an optional introduction and the keys of its questions in order. */
public record Step(String key, Text title, Text intro, List<String> questions) {
}
