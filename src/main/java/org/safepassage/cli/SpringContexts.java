package org.safepassage.cli;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context a command needs: the web server for serve, only the services for the rest. */
record SpringContexts(Class<?> application, GlobalOptions global) {

    ConfigurableApplicationContext start(WebApplicationType type, Map<String, Object> properties, boolean quiet) {
        Map<String, Object> settings = new HashMap<>(global.springProperties());
        settings.putAll(properties);
        if (quiet) {
            // one-shot commands print their own report; framework chatter would bury it
            settings.putIfAbsent("logging.level.root", "WARN");
            settings.putIfAbsent("logging.level.org.safepassage", "WARN");
            // out-of-order migrations are deliberate (each module owns a version range): no warning each run
            settings.putIfAbsent("logging.level.org.flywaydb.core.internal.command.DbMigrate", "ERROR");
            settings.putIfAbsent("safepassage.demo.load-on-first-start", "false");
            // linking the whole registry after an import is the server's work, done when it next starts
            settings.putIfAbsent("safepassage.registry.link-after-import", "false");
        }
        // as command-line arguments they outrank application.properties, as options on the command line should
        String[] arguments = settings.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .run(arguments);
    }

    /** A context for a command that only needs the modules and the database, not the web server. */
    ConfigurableApplicationContext startServices() {
        System.setProperty(org.safepassage.security.CurrentActor.OPERATOR_PROPERTY,
                "cli:" + System.getProperty("user.name", "unknown"));
        return start(WebApplicationType.NONE, Map.of(), true);
    }
}
