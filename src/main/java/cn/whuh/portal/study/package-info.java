/**
 * The studies the portal recruits for, as data: each {@code studies/<NCT id>/study.yaml} is loaded and checked
 * at start-up by {@code StudyCatalog}; the public study page ({@code ui}) and {@code /api/studies} ({@code api})
 * show it. Other features ask the catalog for a study, a criterion's text or the site's phone.
 */
package cn.whuh.portal.study;
