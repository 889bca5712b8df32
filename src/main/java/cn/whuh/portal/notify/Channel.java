package cn.whuh.portal.notify;

/** How an outbox message reaches its recipient (docs/notify.md). */
public enum Channel {
    /** E-mail through the SMTP server. */
    MAIL,
    /** A templated text message through the SMS provider (docs/notify.md#sms). */
    SMS
}
