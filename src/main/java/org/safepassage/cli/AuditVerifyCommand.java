package org.safepassage.cli;

import java.util.concurrent.Callable;

import org.safepassage.security.AuditLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "audit-verify", mixinStandardHelpOptions = true,
        description = "Walk the audit log's hash chain and report the first broken link. Exit 0 intact, 3 broken.")
class AuditVerifyCommand implements Callable<Integer> {

    static final int BROKEN = 3;

    @ParentCommand
    SafePassageCommand parent;

    @Override
    public Integer call() {
        try (var context = parent.contexts().startServices()) {
            var result = context.getBean(AuditLog.class).verify();
            if (result.intact()) {
                System.out.printf("Audit log intact: %d entries, chain verified.%n", result.entries());
                return 0;
            }
            var broken = result.firstBroken();
            System.out.printf("Audit log BROKEN at entry %d (%s): %s%n", broken.id(), broken.at(), broken.reason());
            System.out.printf("%d entries checked before the break.%n", result.entries());
            return BROKEN;
        }
    }
}
