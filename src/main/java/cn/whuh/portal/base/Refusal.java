package cn.whuh.portal.base;

/**
 * An action refused for a reason the user can fix or should know: the message is a translation key the view
 * shows, and {@link #field()} names the input at fault (or null), so a form can mark it and keep what was typed.
 * Features refine it ({@code StaffException}, {@code LeadRefusedException}); views handle all of them alike.
 */
public abstract class Refusal extends RuntimeException {

    private final String field;

    protected Refusal(String messageKey, String field) {
        super(messageKey, null, false, false);
        this.field = field;
    }

    /** The translation key of the message shown to the user. */
    public String messageKey() {
        return getMessage();
    }

    /** The form field at fault, e.g. {@code reason} or {@code note}; null when no single field is. */
    public String field() {
        return field;
    }
}
