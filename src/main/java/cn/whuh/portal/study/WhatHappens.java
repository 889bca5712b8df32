package cn.whuh.portal.study;

import cn.whuh.portal.base.i18n.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What taking part involves, told to patients: the study in a few words, the steps from the first call to the
 * last follow-up visit, the risks, and costs, travel and compensation.
 */
public record WhatHappens(
        @Bilingual Text overview,
        @NotEmpty List<@NotNull @Valid Point> steps,
        @NotEmpty List<@NotNull @Valid Point> risks,
        @NotEmpty List<@NotNull @Valid Point> practicalities) {

    /**
     * One step, risk or practical matter. {@code text} is what is known for this study (its registry record, or
     * how the portal and the team work); {@code practice} is general CAR-T practice beyond the record, which
     * the page marks as such because the study team will confirm it. A point has at least one of the two.
     */
    public record Point(
            @Bilingual Text title,
            @Bilingual(required = false) Text text,
            @Bilingual(required = false) Text practice) {
    }
}
