package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;

/** One option of a choice question: its key (a contract) and its label. */
public record Choice(String key, Text label) {
}
