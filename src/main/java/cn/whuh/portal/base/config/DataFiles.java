package cn.whuh.portal.base.config;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * How the data files under {@code studies/<nctId>/} are read: YAML, strictly, so that a misspelt field or a
 * missing number stops the start-up instead of becoming a silent default.
 */
public final class DataFiles {

    public static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFiles() {
    }
}
