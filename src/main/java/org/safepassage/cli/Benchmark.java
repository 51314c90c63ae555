package org.safepassage.cli;

import java.util.Map;

/** One named benchmark of {@code bench NAME}: runs and returns its figures, printed as one JSON line. */
interface Benchmark {

    String name();

    String description();

    Map<String, Object> run(BenchCommand options) throws Exception;
}
