/**
 * What the portal sends: the mail outbox (written in the lead's transaction, dispatched with row locks,
 * retried with backoff, DEAD after the last attempt), the templates ({@code src/main/resources/mail/}), the
 * mails about a new lead, the daily digest to the site contact, and the ADMIN outbox view ({@code ui}).
 */
package cn.whuh.portal.notify;
