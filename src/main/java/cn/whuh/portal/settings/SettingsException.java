package cn.whuh.portal.settings;

/**
 * A refused settings change; nothing was changed. The message is a translation key ({@code settings.error.*})
 * the page shows with {@link #args()}.
 */
public class SettingsException extends RuntimeException {

    private final transient Object[] args;

    public SettingsException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }
}
