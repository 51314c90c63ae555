package org.safepassage.transport.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.Sex;
import org.safepassage.transport.manifest.AgeGroup;
import org.safepassage.transport.manifest.ManifestEntry;
import org.safepassage.transport.route.Sighting;

/** Who was seen where: named passages count for the people named, head counts only when they cover everyone. */
class WhereaboutsTest {

    static final Instant BOARDED = Instant.parse("2026-11-28T05:00:00Z");
    final UUID household = UUID.randomUUID();
    final UUID mother = UUID.randomUUID();
    final UUID son = UUID.randomUUID();
    final UUID daughter = UUID.randomUUID();
    final UUID checkpoint = UUID.randomUUID();
    final UUID bus = UUID.randomUUID();

    @Test
    void aPassageNamingPeopleCountsForThemAlone() {
        var trails = trails(List.of(new Sighting(checkpoint, 1, BOARDED.plusSeconds(3600), household, Set.of(mother, son), 2)));

        assertThat(trails.get(mother).seenAt(1)).isTrue();
        assertThat(trails.get(daughter).seenAt(1)).isFalse();
        assertThat(trails.get(daughter).lastSeenAt()).isEqualTo(BOARDED);
        assertThat(trails.get(son).furthestSequence()).isEqualTo(1);
        assertThat(trails).as("only people who boarded have a trail").doesNotContainKey(UUID.randomUUID());
    }

    @Test
    void aHeadCountCountsForEveryoneWhoBoardedOnlyIfItCoversThemAll() {
        var covered = trails(List.of(new Sighting(checkpoint, 1, BOARDED.plusSeconds(3600), household, Set.of(), 3)));
        var short1 = trails(List.of(new Sighting(checkpoint, 1, BOARDED.plusSeconds(3600), household, Set.of(), 2)));

        assertThat(covered.values()).allMatch(t -> t.seenAt(1));
        assertThat(short1.values()).as("nobody can tell who is missing").noneMatch(t -> t.seenAt(1));
    }

    private Map<UUID, Trail> trails(List<Sighting> sightings) {
        var entries = Map.of(entry(mother), bus, entry(son), bus, entry(daughter), bus,
                entry(UUID.randomUUID()), bus);
        var boarded = Map.of(mother, BOARDED, son, BOARDED, daughter, BOARDED);
        return Whereabouts.of(entries, boarded, Map.of(), sightings);
    }

    private ManifestEntry entry(UUID person) {
        return new ManifestEntry(UUID.randomUUID(), person, household, "H-1", 1, Sex.F, AgeGroup.FROM_18_TO_59, Set.of(),
                null);
    }
}
