package cn.whuh.portal.study;

import cn.whuh.portal.base.ui.SiteIdentity;
import org.springframework.stereotype.Component;

/** The portal's frame shows the study it recruits for ({@link StudyCatalog#recruiting()}), from its data file. */
@Component
class RecruitingSite implements SiteIdentity {

    private final Study study;

    RecruitingSite(StudyCatalog studies) {
        this.study = studies.recruiting();
    }

    @Override
    public String registryId() {
        return study.nctId();
    }

    @Override
    public String phoneDisplay() {
        return study.sitePhone().display();
    }

    @Override
    public String phoneTelUri() {
        return study.sitePhone().telUri();
    }
}
