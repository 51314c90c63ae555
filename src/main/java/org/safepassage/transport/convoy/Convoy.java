package org.safepassage.transport.convoy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A convoy: vehicles taking people who consented to one destination, along one corridor. Its status moves only
 * through the intention-named transitions below; each says why when it refuses. Planning, manifests and
 * boarding check their own conditions before asking for a transition.
 */
public final class Convoy {

    private final UUID id;
    private final String ref;
    private final UUID destinationId;
    private final UUID corridorId;
    private final Instant plannedDeparture;
    private final int expectedJourneyMinutes;
    private final String escort;
    private ConvoyStatus status;
    private Instant departedAt;
    private Instant arrivedAt;

    public Convoy(UUID id, String ref, UUID destinationId, UUID corridorId, Instant plannedDeparture,
            int expectedJourneyMinutes, String escort, ConvoyStatus status, Instant departedAt, Instant arrivedAt) {
        this.id = id;
        this.ref = ref;
        this.destinationId = destinationId;
        this.corridorId = corridorId;
        this.plannedDeparture = plannedDeparture;
        this.expectedJourneyMinutes = expectedJourneyMinutes;
        this.escort = escort;
        this.status = status;
        this.departedAt = departedAt;
        this.arrivedAt = arrivedAt;
    }

    /** The plan is frozen into manifests: from now on people leave it only by an amendment. */
    public Transition freezeManifests() {
        return move(ConvoyStatus.MANIFEST_FROZEN, "convoy.refused.freezeOnlyWhilePlanning", ConvoyStatus.PLANNING);
    }

    /** Back to planning: the manifests are voided. Only before anyone boards. */
    public Transition reopenPlanning() {
        return move(ConvoyStatus.PLANNING, "convoy.refused.reopenOnlyWhenFrozen", ConvoyStatus.MANIFEST_FROZEN);
    }

    public Transition startBoarding() {
        return move(ConvoyStatus.BOARDING, "convoy.refused.boardOnlyWhenFrozen", ConvoyStatus.MANIFEST_FROZEN);
    }

    /** The vehicles leave the camp: from now on everyone who boarded must be seen along the way. */
    public Transition depart(Instant now) {
        var moved = move(ConvoyStatus.DEPARTED, "convoy.refused.departOnlyWhileBoarding", ConvoyStatus.BOARDING);
        if (moved instanceof Transition.Moved) {
            departedAt = now;
        }
        return moved;
    }

    public Transition arrive(Instant now) {
        var moved = move(ConvoyStatus.ARRIVED, "convoy.refused.arriveOnlyWhenDeparted", ConvoyStatus.DEPARTED);
        if (moved instanceof Transition.Moved) {
            arrivedAt = now;
        }
        return moved;
    }

    /** Called off before it left; nobody travels. A convoy on the road cannot be called off, only arrive. */
    public Transition abort(String reason) {
        if (reason == null || reason.isBlank()) {
            return new Transition.Refused("convoy.refused.abortNeedsReason");
        }
        return move(ConvoyStatus.ABORTED, "convoy.refused.abortOnlyBeforeDeparture", ConvoyStatus.PLANNING,
                ConvoyStatus.MANIFEST_FROZEN, ConvoyStatus.BOARDING);
    }

    private Transition move(ConvoyStatus to, String refusal, ConvoyStatus... from) {
        for (ConvoyStatus allowed : from) {
            if (status == allowed) {
                var moved = new Transition.Moved(status, to);
                status = to;
                return moved;
            }
        }
        return new Transition.Refused(refusal);
    }

    /** When the travellers are expected at the destination: departure (or, before it, planned departure) plus the journey. */
    public Instant expectedArrival() {
        Instant from = departedAt != null ? departedAt : plannedDeparture;
        return from.plus(Duration.ofMinutes(expectedJourneyMinutes));
    }

    public boolean detailsMayChange() {
        return status == ConvoyStatus.PLANNING;
    }

    public UUID id() {
        return id;
    }

    public String ref() {
        return ref;
    }

    public UUID destinationId() {
        return destinationId;
    }

    public UUID corridorId() {
        return corridorId;
    }

    public Instant plannedDeparture() {
        return plannedDeparture;
    }

    public int expectedJourneyMinutes() {
        return expectedJourneyMinutes;
    }

    public String escort() {
        return escort;
    }

    public ConvoyStatus status() {
        return status;
    }

    public Instant departedAt() {
        return departedAt;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }
}
