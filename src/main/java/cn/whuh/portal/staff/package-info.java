/**
 * Staff accounts and access: users and roles ({@code StaffUsers}, {@code StaffRole}), sign-in with lockout,
 * idle sessions, the security configuration, the first administrator; the staff frame ({@code ui.StaffLayout},
 * whose menu lists the {@code @Menu} views the user may open), sign-in, users, password and audit pages.
 */
package cn.whuh.portal.staff;
