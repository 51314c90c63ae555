package org.safepassage.transport.journey;

/** Why a boarding or arrival report was not stored, with a stable problem slug for the API. */
public enum TravelRefusal {
    INVALID("invalid-report", 400),
    ID_CONFLICT("event-id-conflict", 409),
    UNKNOWN_CONVOY("convoy-not-found", 404),
    NOT_BOARDING("convoy-not-boarding", 409),
    NOT_UNDER_WAY("convoy-not-under-way", 409),
    NOT_ON_MANIFEST("not-on-manifest", 422),
    IN_THE_FUTURE("report-in-the-future", 422);

    private final String slug;
    private final int status;

    TravelRefusal(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return "travel.refused." + name();
    }
}
