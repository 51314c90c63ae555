package org.safepassage.corridor;

import java.util.UUID;

/**
 * How long convoys took from leaving the camp to a checkpoint, against the expected time. For each convoy:
 * its first passage in force at the checkpoint minus its departure from the camp, the departure being the
 * earliest departedCampAt reported with any passage of that convoy. Convoys whose departure nobody
 * reported are not counted. {@code medianMinutes} and {@code longestMinutes} are null without any convoy.
 */
public record TravelTime(UUID checkpointId, int sequence, int expectedMinutes, int convoys, Integer medianMinutes,
        Integer longestMinutes) {
}
