package org.safepassage;

import org.safepassage.cli.SafePassageCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One jar, many commands: {@code serve} (the default) runs the web application, the others
 * (import, demo, dedup, plan, bench, audit-verify) run once and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SafePassageApplication {

    public static void main(String[] args) {
        int exitCode = SafePassageCli.run(SafePassageApplication.class, args);
        if (exitCode != SafePassageCli.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
