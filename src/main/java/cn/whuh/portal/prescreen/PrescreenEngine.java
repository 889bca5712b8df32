package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.api.FieldProblemsException;
import java.util.Map;

/**
 * The one pre-screening engine behind the browser views and the public API. Pure: the result depends only
 * on the answers, the study's questionnaire data file and today's date in Asia/Shanghai (from the clock).
 */
public interface PrescreenEngine {

    /**
     * Validates and evaluates answers given as JSON-like values (strings, numbers, lists, maps).
     *
     * @throws FieldProblemsException with one entry per offending field
     * @throws java.util.NoSuchElementException if the study has no questionnaire
     */
    Evaluation evaluate(String nctId, Map<String, Object> answers);
}
