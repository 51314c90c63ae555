package org.safepassage.consent;

/**
 * Event: the demo camp's intentions, consents and holds were generated in bulk (one event for the whole
 * batch, not one per consent). Nobody can be on a plan yet when it happens.
 */
public record DemoIntentionsRecorded(int households, int surveys, int consents, int holds) {
}
