package cn.whuh.portal.notify.sms;

/**
 * The provider did not take an SMS. The message names the provider's code and words; callers replace phone numbers
 * in it before it is kept or logged ({@code PhoneNumbers}).
 */
public class SmsFailure extends Exception {

    /** Whether trying again can help. */
    public enum Kind {
        /** The provider limits how fast or how much is sent (per number, day or month): try again later. */
        THROTTLED,
        /** The provider refuses this SMS as it is (template, sign name, number, parameters, account): never retry it. */
        REJECTED,
        /** The provider could not be reached or failed on its side: try again later. */
        UNAVAILABLE
    }

    private final Kind kind;

    public SmsFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
