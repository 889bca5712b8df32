/**
 * The append-only audit log: who did what to which lead or setting, and when; never personal data in the
 * details. Other features record into it ({@code AuditLog}); ADMINs search it.
 */
package cn.whuh.portal.audit;
