package org.safepassage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safepassage.registry.DemoCamp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a synthetic camp in the import template (DIR/camp.csv) and the people it registers "
                + "twice (DIR/duplicates.csv). The same options give the same files.")
class DemoCommand implements Callable<Integer> {

    @Option(names = "--people", paramLabel = "N", defaultValue = "" + DemoCamp.DEFAULT_PEOPLE,
            description = "How many rows (people, second registrations included). Default: ${DEFAULT-VALUE}.")
    int people;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoCamp.DEFAULT_SEED,
            description = "Seed; another seed gives another camp. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo",
            description = "Directory to write into (created if needed). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() throws Exception {
        var camp = DemoCamp.generate(people, seed);
        camp.writeTo(out);
        System.out.printf("%d people in %d households, %d registered twice: %s, %s%n", camp.people(),
                camp.households(), camp.duplicatePairs(), out.resolve(DemoCamp.CAMP_FILE),
                out.resolve(DemoCamp.DUPLICATES_FILE));
        return 0;
    }
}
