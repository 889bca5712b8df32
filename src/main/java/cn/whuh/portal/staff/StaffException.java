package cn.whuh.portal.staff;

/** A refused staff action; the message is a translation key ({@code staff.*}) the view shows to the user. */
public class StaffException extends RuntimeException {

    public StaffException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
