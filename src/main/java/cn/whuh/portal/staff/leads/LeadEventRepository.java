package cn.whuh.portal.staff.leads;

import cn.whuh.portal.lead.Lead;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only. */
interface LeadEventRepository extends Repository<LeadEvent, Long> {

    LeadEvent save(LeadEvent event);

    List<LeadEvent> findByLeadOrderByOccurredAtAscIdAsc(Lead lead);
}
