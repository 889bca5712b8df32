package cn.whuh.portal.staff;

import cn.whuh.portal.base.Refusal;

/** A refused staff action; the message is a translation key ({@code staff.*}) the view shows to the user. */
public class StaffException extends Refusal {

    public StaffException(String messageKey, Object... args) {
        super(messageKey, null, args);
    }
}
