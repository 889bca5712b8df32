package cn.whuh.portal.lead;

import cn.whuh.portal.base.Refusal;

/**
 * A move the lead's state machine does not allow, or a change whose input breaks the lead's rules (a closing
 * without reason, a screening visit in the past, a note too long). Nothing was changed. The message is a
 * translation key {@code lead.refused.*}; {@link #field()} names the input at fault.
 */
public class LeadRefusedException extends Refusal {

    LeadRefusedException(String reason, String field) {
        super("lead.refused." + reason, field);
    }
}
