package org.safepassage.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "safepassage", mixinStandardHelpOptions = true, version = "SafePassage 0.1",
        description = "Registration, informed consent and safe relocation for a displacement camp.",
        subcommands = {
                ServeCommand.class,
                AuditVerifyCommand.class,
                BenchCommand.class,
                DemoCommand.class,
                DedupCommand.class,
                PlanCommand.class,
                ImportCommand.class,
        })
class SafePassageCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    final Class<?> application;

    SafePassageCommand(Class<?> application) {
        this.application = application;
    }

    SpringContexts contexts() {
        return new SpringContexts(application, global);
    }

    /** Without a command, SafePassage serves the web application on the default port. */
    @Override
    public Integer call() {
        var serve = new ServeCommand();
        serve.parent = this;
        return serve.call();
    }
}
