package org.safepassage.registry.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void reviewAtThirteenBitsAndMatchAtEighteenAmongFiftyThousand() {
        var scale = new Scale(50_000);
        assertThat(scale.score(13f)).isCloseTo(Scale.REVIEW, within(1e-9));
        assertThat(scale.score(18f)).isCloseTo(Scale.MATCH, within(1e-9));
        assertThat(scale.score(40f)).isLessThanOrEqualTo(1.0).isGreaterThan(0.999);
        assertThat(scale.score(-20f)).isGreaterThanOrEqualTo(0.0).isLessThan(0.001);
    }

    @Test
    void theBarRisesWithThePopulation() {
        var million = new Scale(1_000_000);
        assertThat(million.shift()).isCloseTo(Math.log(20) / Math.log(2), within(1e-9));
        assertThat(million.score(18f)).isLessThan(Scale.MATCH);
        assertThat(new Scale(100).shift()).isZero();
    }
}
