package org.safepassage.transport.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The score levels, most important first. Levels instead of weights so that no amount of a lower goal can buy
 * breaking a higher one: no number of fuller vehicles is worth leaving a vulnerable household behind.
 */
final class ScoreLevels {

    static final int HARD_LEVELS = 1;
    static final int SOFT_LEVELS = 6;

    /** Any broken rule of the operation (overfull vehicle, wrong destination, ...). */
    static final BendableLongScore HARD = BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);
    /** The more vulnerable travel before the less vulnerable. */
    static final BendableLongScore VULNERABLE_FIRST = soft(0);
    /** Among equally vulnerable, the longest registered travel first. */
    static final BendableLongScore LONGEST_WAITING_FIRST = soft(1);
    /** Seats offered are used: as few people left behind as the fleet allows. */
    static final BendableLongScore EVERYONE_CARRIED = soft(2);
    static final BendableLongScore FEWEST_VEHICLES = soft(3);
    static final BendableLongScore FULLEST_VEHICLES = soft(4);
    static final BendableLongScore BLOCKS_TOGETHER = soft(5);

    private ScoreLevels() {
    }

    private static BendableLongScore soft(int level) {
        return BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, level, 1);
    }
}
