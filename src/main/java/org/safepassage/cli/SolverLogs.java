package org.safepassage.cli;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Commands that plan without starting the application would otherwise print the solver's progress lines, which
 * bury the one line of figures or the summary a script reads.
 */
final class SolverLogs {

    private SolverLogs() {
    }

    static void quiet() {
        LoggingSystem.get(SolverLogs.class.getClassLoader()).setLogLevel("ai.timefold.solver", LogLevel.WARN);
    }
}
