/**
 * Staff accounts and access: users and roles ({@code StaffUsers}, {@code StaffRole}), user names in one normal
 * form ({@code UserNames}), sign-in with a lockout per user name and a throttle per address
 * ({@code LoginThrottle}), idle sessions, the security configuration, the first administrator; the staff frame
 * ({@code ui.StaffLayout}, whose menu lists the {@code @Menu} views the user may open, with the idle warning),
 * sign-in, users, password, audit and "not allowed" pages, and unsent notes kept as drafts in the browser
 * ({@code ui.NoteDrafts}).
 */
package cn.whuh.portal.staff;
