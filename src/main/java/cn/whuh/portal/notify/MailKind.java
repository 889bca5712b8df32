package cn.whuh.portal.notify;

/** What a message is for. */
public enum MailKind {
    /** A qualified lead, forwarded to the site contact without answers or contact details. */
    SITE_LEAD,
    /** The patient's confirmation with their reference, in their language. */
    PATIENT_CONFIRMATION,
    /** The site contact's daily overview: counts and references. */
    DAILY_DIGEST,
    /** The patient may pre-screen again now (their lead named a date from which they may qualify). */
    RECHECK_INVITATION,
    /** The patient's receipt for withdrawing their consent. */
    WITHDRAWAL_RECEIPT
}
