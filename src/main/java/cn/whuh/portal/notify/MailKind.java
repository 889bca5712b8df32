package cn.whuh.portal.notify;

/** What a message is for. */
public enum MailKind {
    /** A qualified lead, forwarded to the site contact without answers or contact details. */
    SITE_LEAD,
    /** The patient's confirmation with their reference, in their language. */
    PATIENT_CONFIRMATION,
    /** The site contact's daily overview: counts and references. */
    DAILY_DIGEST,
    /** To the lead recipients: the person behind a lead withdrew (the reference only). */
    LEAD_WITHDRAWN,
    /** To the person, in their language: from their re-check date they may now qualify. */
    RECHECK_INVITATION,
    /** The patient's receipt for withdrawing their consent (SMS). */
    WITHDRAWAL_RECEIPT
}
