package org.safepassage.cli;

import picocli.CommandLine;

/** Entry point of the command line: parses the arguments and runs one command. */
public final class SafePassageCli {

    /** Returned by commands that leave a server running; the JVM must not exit. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    private SafePassageCli() {
    }

    /**
     * @param application the Spring Boot application class, passed in so that commands can start it without
     *                    this package depending on the root package
     */
    public static int run(Class<?> application, String... args) {
        return commandLine(application).execute(args);
    }

    static CommandLine commandLine(Class<?> application) {
        var commandLine = new CommandLine(new SafePassageCommand(application));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
