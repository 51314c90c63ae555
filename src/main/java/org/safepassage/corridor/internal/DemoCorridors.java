package org.safepassage.corridor.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.safepassage.corridor.Availability;
import org.safepassage.corridor.CheckpointDetails;
import org.safepassage.corridor.CorridorDetails;
import org.safepassage.corridor.CorridorStatus;
import org.safepassage.corridor.Destination;
import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.OpeningHours;
import org.safepassage.corridor.Route;
import org.safepassage.corridor.ServiceOffer;
import org.safepassage.corridor.ServiceType;
import org.safepassage.corridor.StatusChange;
import org.safepassage.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's two corridors out of a desert camp in south-east Syria, near the Jordanian and Iraqi borders,
 * loaded on the first start of an empty database. Positions are plausible, not surveyed; the history shows a
 * corridor suspended after reports of people held back, then reopened, and one suspended now. Destination codes
 * are those of the consent module's reference destinations (HOMS, RURAL_DAMASCUS).
 */
@Component
@ConditionalOnProperty(name = "safepassage.demo.load-on-first-start", havingValue = "true", matchIfMissing = true)
class DemoCorridors {

    private static final Logger log = LoggerFactory.getLogger(DemoCorridors.class);
    private static final String ACTOR = "demo";
    private static final String AUTHORITY = "Syrian authorities, escorted by Russian military police";
    private static final String AUTHORITY_AR = "السلطات السورية، بمرافقة الشرطة العسكرية الروسية";
    private static final String CAMP_AR = "المخيم";
    private static final GeoPoint CAMP = new GeoPoint(38.700, 33.295);

    private final Corridors corridors;
    private final Checkpoints checkpoints;
    private final Clock clock;

    DemoCorridors(Corridors corridors, Checkpoints checkpoints, Clock clock) {
        this.corridors = corridors;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void loadOnFirstStart() {
        if (corridors.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        UUID jleb = corridor(new CorridorDetails("JLEB", "Jleb corridor to Homs", "ممر جليب إلى حمص", "Camp",
                "Homs", AUTHORITY, route(CAMP, p(38.55, 33.40), p(38.18, 33.58), p(38.05, 33.90), p(38.15, 34.20),
                        p(38.28, 34.55), p(37.60, 34.62), p(37.08, 34.65), p(36.71, 34.73)),
                List.of(new Destination("HOMS", "Homs", "حمص")), CAMP_AR, "حمص", AUTHORITY_AR),
                now,
                status(CorridorStatus.PLANNED, null, now.minus(days(20))),
                status(CorridorStatus.OPEN, "Opened by the authorities; a humanitarian liaison is at Jleb.",
                        now.minus(days(12))),
                status(CorridorStatus.SUSPENDED, "Men reported held back at Jleb; the liaison lost contact.",
                        now.minus(days(5))),
                status(CorridorStatus.OPEN, "Liaison present again; monitors accompany every convoy.",
                        now.minus(days(2))));
        checkpoint(jleb, new CheckpointDetails("JLEB-1", "Jleb", "جليب", 1, p(38.18, 33.58), 75,
                "Syrian Arab Army", hours(6, 18), 250, "Liaison desk, Jleb", "+963 900 000 101", "الجيش العربي السوري"),
                offer(ServiceType.FOOD, Availability.AVAILABLE), offer(ServiceType.WATER, Availability.AVAILABLE),
                offer(ServiceType.MEDICAL_SCREENING, Availability.LIMITED),
                offer(ServiceType.CLOTHING, Availability.UNAVAILABLE));
        checkpoint(jleb, new CheckpointDetails("TADMUR-2", "Tadmur reception centre", "مركز استقبال تدمر", 2,
                p(38.28, 34.55), 210, "Homs governorate", OpeningHours.AROUND_THE_CLOCK, 400, "Liaison desk, Tadmur",
                "+963 900 000 102", "محافظة حمص"),
                offer(ServiceType.FOOD, Availability.AVAILABLE), offer(ServiceType.WATER, Availability.AVAILABLE),
                offer(ServiceType.MEDICAL_SCREENING, Availability.AVAILABLE),
                offer(ServiceType.HYGIENE, Availability.LIMITED), offer(ServiceType.LEGAL_HELP, Availability.AVAILABLE));
        checkpoint(jleb, new CheckpointDetails("FURQLUS-3", "Al-Furqlus", "الفرقلس", 3, p(37.08, 34.65), 330,
                "Military police", hours(6, 20), 300, null, null, "الشرطة العسكرية"),
                offer(ServiceType.WATER, Availability.AVAILABLE), offer(ServiceType.FOOD, Availability.LIMITED));

        UUID ghurab = corridor(new CorridorDetails("GHURAB", "Jabal al-Ghurab corridor to Rural Damascus",
                "ممر جبل الغراب إلى ريف دمشق", "Camp", "Rural Damascus", AUTHORITY,
                route(CAMP, p(38.45, 33.33), p(38.12, 33.42), p(37.50, 33.50), p(36.69, 33.64), p(36.40, 33.52),
                        p(36.22, 33.39)),
                List.of(new Destination("RURAL_DAMASCUS", "Rural Damascus shelters",
                        "مراكز الإيواء في ريف دمشق")), CAMP_AR, "ريف دمشق", AUTHORITY_AR),
                now,
                status(CorridorStatus.PLANNED, null, now.minus(days(20))),
                status(CorridorStatus.OPEN, "Opened by the authorities.", now.minus(days(12))),
                status(CorridorStatus.SUSPENDED, "No humanitarian access at Jabal al-Ghurab; escort not confirmed.",
                        now.minus(Duration.ofHours(20))));
        checkpoint(ghurab, new CheckpointDetails("GHURAB-1", "Jabal al-Ghurab", "جبل الغراب", 1, p(38.12, 33.42), 60,
                "Syrian Arab Army", hours(7, 17), 150, null, null, "الجيش العربي السوري"),
                offer(ServiceType.FOOD, Availability.LIMITED), offer(ServiceType.WATER, Availability.AVAILABLE),
                offer(ServiceType.MEDICAL_SCREENING, Availability.UNAVAILABLE));
        checkpoint(ghurab, new CheckpointDetails("DUMAYR-2", "Dumayr", "الضمير", 2, p(36.69, 33.64), 240,
                "Military police", OpeningHours.AROUND_THE_CLOCK, 300, "Liaison desk, Dumayr", "+963 900 000 103", "الشرطة العسكرية"),
                offer(ServiceType.FOOD, Availability.AVAILABLE), offer(ServiceType.WATER, Availability.AVAILABLE),
                offer(ServiceType.CLOTHING, Availability.LIMITED), offer(ServiceType.HYGIENE, Availability.AVAILABLE));
        log.info("Loaded the demo corridors: JLEB (3 checkpoints) and GHURAB (2 checkpoints)");
    }

    private UUID corridor(CorridorDetails details, Instant now, StatusEntry... history) {
        if (!details.violations().isEmpty()) {
            throw new IllegalStateException("demo corridor " + details.code() + " is invalid: " + details.violations());
        }
        UUID id = Ids.newId(clock);
        corridors.insert(id, details, ACTOR, now);
        for (StatusEntry entry : history) {
            corridors.insertStatus(new StatusChange(Ids.newId(clock), id, entry.status(), entry.reason(),
                    entry.effectiveAt(), entry.effectiveAt(), ACTOR));
        }
        return id;
    }

    private void checkpoint(UUID corridorId, CheckpointDetails details, ServiceOffer... offers) {
        if (!details.violations().isEmpty()) {
            throw new IllegalStateException("demo checkpoint " + details.code() + " is invalid: " + details.violations());
        }
        UUID id = Ids.newId(clock);
        checkpoints.insert(id, corridorId, details, ACTOR, clock.instant());
        checkpoints.replaceServices(id, Arrays.asList(offers), ACTOR, clock.instant());
    }

    private record StatusEntry(CorridorStatus status, String reason, Instant effectiveAt) {
    }

    private static StatusEntry status(CorridorStatus status, String reason, Instant at) {
        return new StatusEntry(status, reason, at);
    }

    private static GeoPoint p(double longitude, double latitude) {
        return new GeoPoint(longitude, latitude);
    }

    private static Route route(GeoPoint... points) {
        return new Route(List.of(points));
    }

    private static OpeningHours hours(int opens, int closes) {
        return new OpeningHours(LocalTime.of(opens, 0), LocalTime.of(closes, 0));
    }

    private static ServiceOffer offer(ServiceType service, Availability availability) {
        return new ServiceOffer(service, availability);
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
