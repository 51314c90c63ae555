package org.safepassage.transport.solver;

import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * How the convoy solver runs. Timefold's Spring Boot starter does not run on Spring Boot 4, so the configuration is
 * built here. The environment mode is always set: without it Timefold asserts every phase, which is slow.
 */
public final class ConvoySolverConfig {

    private ConvoySolverConfig() {
    }

    /**
     * @param environmentMode {@link EnvironmentMode#NON_REPRODUCIBLE} in operation; an asserting mode in tests,
     *                        where score corruption must be found
     */
    public static SolverConfig of(EnvironmentMode environmentMode) {
        return new SolverConfig()
                .withSolutionClass(FleetAllocation.class)
                .withEntityClasses(HouseholdUnit.class, Vehicle.class)
                .withConstraintProviderClass(ConvoyConstraints.class)
                .withEnvironmentMode(environmentMode)
                // the construction heuristic would try every unit on every vehicle; a greedy placement is as good
                // a start for this problem and takes milliseconds on a whole camp
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new InitialPlacement()),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                        new ChangeMoveSelectorConfig().withFilterClass(FeasibleChange.class)
                                                .withFixedProbabilityWeight(1.0),
                                        new SwapMoveSelectorConfig().withFilterClass(FeasibleSwap.class)
                                                .withFixedProbabilityWeight(1.0),
                                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(VehicleExchanges.class)
                                                .withFixedProbabilityWeight(0.5),
                                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(NeighbourSwaps.class)
                                                .withFixedProbabilityWeight(2.0))));
    }
}
