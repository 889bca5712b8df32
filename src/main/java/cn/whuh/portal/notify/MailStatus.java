package cn.whuh.portal.notify;

/** Where one outbox message stands. */
public enum MailStatus {
    /** Waiting to be sent, now or at its next attempt time. */
    PENDING,
    /** Claimed by one portal instance, which is handing it to the mail server or the SMS provider. */
    SENDING,
    /** Accepted by the mail server or the SMS provider: never sent again. */
    SENT,
    /** Gave up after the last attempt, or interrupted while sending; an ADMIN may retry it. */
    DEAD,
    /**
     * No SMTP server (mail) or SMS provider (SMS) configured, e.g. in development: rendered and kept for reading in
     * the outbox view, not sent.
     */
    KEPT,
    /** Not sent: the personal data of its lead was erased first (docs/patient-door.md). */
    CANCELLED
}
