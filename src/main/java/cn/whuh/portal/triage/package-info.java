/**
 * The study team's work on leads: the queue with its filters and search ({@code LeadQueue}), the lead page's
 * application service ({@code LeadWork}: access by role and assignment, audit, duplicates), the dashboard
 * figures ({@code LeadStats}), the CSV export ({@code api}) and demo data; their views ({@code ui}). Every change
 * to a lead goes through the lead aggregate's own methods.
 */
package cn.whuh.portal.triage;
