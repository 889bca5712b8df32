/**
 * SMS providers behind one interface ({@link cn.whuh.portal.notify.sms.SmsProvider}): Alibaba Cloud SMS through
 * its official SDK, selected by {@code PORTAL_SMS_PROVIDER}, and the SMS settings (docs/notify.md#sms).
 */
package cn.whuh.portal.notify.sms;
