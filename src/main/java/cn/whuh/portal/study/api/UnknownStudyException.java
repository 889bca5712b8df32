package cn.whuh.portal.study.api;

import cn.whuh.portal.base.api.ApiProblem;
import org.springframework.http.HttpStatus;

/** The one answer of every API path for a study the portal does not have: 404 "Study not found", translated. */
public class UnknownStudyException extends ApiProblem {

    public UnknownStudyException(String nctId) {
        super(HttpStatus.NOT_FOUND, "study.api.notFound", nctId);
    }
}
