package org.safepassage.registry.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.internal.demo.SyntheticCamp;

class BlockingTest {

    @Test
    void comparesFarFewerPairsThanAllAndEachPairOnce() {
        SyntheticCamp camp = SyntheticCamp.generate(20_000, 5);
        Linkage linkage = Linkage.of(camp.rows());
        Linkage.Result result = linkage.link(-1000f); // keep every pair compared
        long allPairs = 20_000L * 19_999 / 2;
        assertThat(result.pairsCompared()).isLessThan(allPairs / 1_000);
        assertThat(result.links()).hasSize((int) result.pairsCompared());
        Set<Long> seen = new HashSet<>();
        for (Linkage.Link link : result.links()) {
            assertThat(seen.add(Math.min(link.a(), link.b()) * 1_000_000L + Math.max(link.a(), link.b()))).isTrue();
        }
    }

    @Test
    void secondRegistrationsMeetTheirFirstEvenWithSlips() {
        SyntheticCamp camp = SyntheticCamp.generate(20_000, 6);
        Linkage linkage = Linkage.of(camp.rows());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < camp.rows().size(); i++) {
            index.put(camp.rows().get(i).individualRef(), i);
        }
        Set<String> compared = new HashSet<>();
        for (Linkage.Link link : linkage.link(-1000f).links()) {
            compared.add(linkage.ref(link.a()) + "," + linkage.ref(link.b()));
        }
        List<SyntheticCamp.Pair> truth = camp.duplicates();
        long met = truth.stream().filter(p -> compared.contains(p.refA() + "," + p.refB())).count();
        assertThat(met / (double) truth.size()).isGreaterThan(0.99);
    }

    @Test
    void aPairIsComparedWhereItFirstMeets() {
        var registrations = new Registrations();
        int a = registrations.add("B-1", "HEAD", "M", "1980-02-02", "SY04", "+963944000111",
                "Khaled", "Omar", "Al-Hasan", "خالد", "عمر", "الحسن");
        int b = registrations.add("B-2", "HEAD", "M", "1980-02-02", "SY04", "+963944000111",
                "Khalid", "", "El Hasan", "خالد", "", "الحسن");
        var blocking = new Blocking(registrations.records());
        long firstPhoneBlock = 0; // the phone rule comes first: nothing earlier
        assertThat(blocking.firstMeeting(a, b, firstPhoneBlock)).isTrue();
        assertThat(blocking.firstMeeting(a, b, Long.MAX_VALUE)).as("they met earlier").isFalse();
    }
}
