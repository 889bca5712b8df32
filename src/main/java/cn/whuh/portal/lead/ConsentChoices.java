package cn.whuh.portal.lead;

/**
 * The boxes a person ticked. The form asks {@code processing} and {@code shareWithSite} separately; the
 * API's single {@code consent.prescreen} gives both (its wording in docs/api.md covers both).
 *
 * @param processing processing of the health answers and contact details to pre-screen
 * @param shareWithSite sharing them with the study team at Wuhan Union Hospital to be contacted about this study
 * @param future being contacted about future studies
 */
public record ConsentChoices(boolean processing, boolean shareWithSite, boolean future) {
}
