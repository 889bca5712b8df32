/**
 * What an ADMIN changes while the portal runs (lead-mail and digest recipients, the digest on or off), stored
 * with optimistic locking and audited, and the read-only facts about the installation; the settings page
 * ({@code ui}).
 */
package cn.whuh.portal.settings;
