package org.safepassage.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmallCellsTest {

    @Test
    void countsOfOneToFourAreWithheldAndZeroAndFiveAreShown() {
        assertThat(SmallCells.suppress(0)).isEqualTo(Count.of(0));
        assertThat(SmallCells.suppress(1).suppressed()).isTrue();
        assertThat(SmallCells.suppress(4).suppressed()).isTrue();
        assertThat(SmallCells.suppress(5)).isEqualTo(Count.of(5));
    }

    @Test
    void aLoneWithheldCellInAGroupWithATotalTakesTheNextSmallestWithIt() {
        // shown: 40, 12, 3, 9 with a total of 64 would give the 3 away; the 9 is withheld too
        var counts = SmallCells.suppressGroup(List.of(40L, 12L, 3L, 9L));
        assertThat(counts).extracting(Count::suppressed).containsExactly(false, false, true, true);
        assertThat(counts.get(2).value()).isZero();
    }

    @Test
    void twoWithheldCellsProtectEachOther() {
        var counts = SmallCells.suppressGroup(List.of(40L, 2L, 3L, 9L));
        assertThat(counts).extracting(Count::suppressed).containsExactly(false, true, true, false);
    }
}
