package org.safepassage.transport.solver;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/** Random exchanges of whole vehicle loads, between two vehicles or onto one that stays at the camp so far. */
public class VehicleExchanges implements MoveIteratorFactory<FleetAllocation, VehicleExchange> {

    @Override
    public long getSize(ScoreDirector<FleetAllocation> scoreDirector) {
        long vehicles = scoreDirector.getWorkingSolution().getVehicles().size();
        return vehicles * (vehicles - 1) / 2;
    }

    @Override
    public Iterator<VehicleExchange> createOriginalMoveIterator(ScoreDirector<FleetAllocation> scoreDirector) {
        throw new UnsupportedOperationException("Vehicle exchanges are only chosen at random.");
    }

    @Override
    public Iterator<VehicleExchange> createRandomMoveIterator(ScoreDirector<FleetAllocation> scoreDirector,
            Random random) {
        List<Vehicle> vehicles = scoreDirector.getWorkingSolution().getVehicles();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return vehicles.size() > 1;
            }

            @Override
            public VehicleExchange next() {
                return new VehicleExchange(vehicles.get(random.nextInt(vehicles.size())),
                        vehicles.get(random.nextInt(vehicles.size())));
            }
        };
    }
}
