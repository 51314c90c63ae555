package org.safepassage.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print one JSON line of figures.")
class BenchCommand implements Callable<Integer> {

    /** Every benchmark the command knows, by name. */
    static final List<Benchmark> BENCHMARKS = List.of(new PlanBenchmark(), new RegistryBenchmarks.ImportBenchmark(),
            new RegistryBenchmarks.SearchBenchmark(), new DedupBenchmark(), new TravelRuleBenchmark());

    @ParentCommand
    SafePassageCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class,
            description = "Which benchmark: ${COMPLETION-CANDIDATES}.")
    String name;

    /** The benchmarks' names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BENCHMARKS.stream().map(Benchmark::name).iterator();
        }
    }

    @Option(names = "--size", paramLabel = "N", description = "How many records or people.")
    Integer size;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of generated data.")
    long seed;

    @Option(names = "--fleet", paramLabel = "KIND", description = "Fleet for the planning benchmark.")
    String fleet;

    @Option(names = "--seconds", paramLabel = "S", description = "Time limit for a solver, in seconds.")
    Integer seconds;

    @Override
    public Integer call() throws Exception {
        Map<String, Benchmark> byName = BENCHMARKS.stream()
                .collect(Collectors.toMap(Benchmark::name, b -> b, (a, b) -> a, LinkedHashMap::new));
        Benchmark benchmark = byName.get(name);
        if (benchmark == null) {
            System.err.println("Unknown benchmark '" + name + "'. Known: " + String.join(", ", byName.keySet()));
            return 2;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("benchmark", benchmark.name());
        figures.putAll(benchmark.run(this));
        System.out.println(JsonMapper.builder().build().writeValueAsString(figures));
        return 0;
    }

    int sizeOr(int defaultSize) {
        return size == null ? defaultSize : size;
    }
}
