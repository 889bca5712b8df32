package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Scope;
import org.junit.jupiter.api.Test;

class LeadExportTest {

    @Test
    void theAuditRecordKeepsTheFilterButNeverTheSearchText() {
        LeadFilter searched = new LeadFilter(Scope.STATUS, LeadStatus.REACHED, null, Assignment.MINE, true,
                "王丽 138 0013 8000");
        assertThat(LeadExport.auditDetail(3, searched))
                .isEqualTo("rows=3 scope=STATUS&status=REACHED&assignment=MINE&due=OVERDUE&text=(not recorded)")
                .doesNotContain("138").doesNotContain("%E7%8E%8B");
        assertThat(LeadExport.auditDetail(0, LeadFilter.DEFAULT)).isEqualTo("rows=0");
    }
}
