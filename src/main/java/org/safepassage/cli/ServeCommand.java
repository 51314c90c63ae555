package org.safepassage.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web application (embedded database unless an external one is given).")
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    SafePassageCommand parent;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "HTTP port (0 = any free port, printed on start). Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Override
    public Integer call() {
        var context = parent.contexts().start(WebApplicationType.SERVLET, Map.of("server.port", port), false);
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println("SafePassage is ready on http://localhost:" + actualPort + "/");
        System.out.flush();
        return SafePassageCli.KEEP_RUNNING;
    }
}
