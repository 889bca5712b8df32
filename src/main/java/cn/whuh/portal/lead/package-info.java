/**
 * The lead, a person who pre-screened and left consented contact details, over its whole life: the
 * {@link cn.whuh.portal.lead.Lead} aggregate owns its contact details, source, consents, evaluation and its
 * workflow state machine ({@link cn.whuh.portal.lead.LeadStatus}, events {@link cn.whuh.portal.lead.LeadEvent});
 * {@code LeadService} captures leads (validation, consents, reference codes, idempotency, rate limits, funnel
 * counts) and publishes {@code LeadSubmitted}; the contact form and privacy page ({@code ui}) and
 * {@code POST …/leads} ({@code api}). Who may act on a lead is decided by the features that act (triage).
 */
package cn.whuh.portal.lead;
