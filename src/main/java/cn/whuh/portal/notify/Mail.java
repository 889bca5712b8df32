package cn.whuh.portal.notify;

/**
 * A rendered mail, ready for the outbox.
 *
 * @param recipient the address it goes to
 * @param language {@code en}, {@code zh}, or {@code zh+en} for a message in both
 * @param subject the subject line
 * @param html the HTML body
 * @param text the plain-text body (the same content)
 */
public record Mail(String recipient, String language, String subject, String html, String text) {

    /** The same message to another address. */
    public Mail to(String otherRecipient) {
        return new Mail(otherRecipient, language, subject, html, text);
    }
}
