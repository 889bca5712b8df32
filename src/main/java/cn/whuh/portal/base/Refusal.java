package cn.whuh.portal.base;

/**
 * An action refused for a reason the user can fix or should know: the message is a translation key the view
 * shows, and {@link #field()} names the input at fault (or null), so a form can mark it and keep what was typed.
 * Features refine it ({@code StaffException}, {@code LeadRefusedException}); views handle all of them alike.
 */
public abstract class Refusal extends RuntimeException {

    /** An argument that is itself a text to translate (a code's name in the user's language). */
    public record Key(String key) {
    }

    private final String field;
    private final Object[] args;

    protected Refusal(String messageKey, String field, Object... args) {
        super(messageKey, null, false, false);
        this.field = field;
        this.args = args.clone();
    }

    /** The translation key of the message shown to the user. */
    public String messageKey() {
        return getMessage();
    }

    /** The message's arguments ({0}, {1}, … in the translation), e.g. who changed a lead; {@link Key}s translated. */
    public Object[] args() {
        return args.clone();
    }

    /** The form field at fault, e.g. {@code reason} or {@code note}; null when no single field is. */
    public String field() {
        return field;
    }
}
