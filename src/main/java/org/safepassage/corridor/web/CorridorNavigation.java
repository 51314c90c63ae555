package org.safepassage.corridor.web;

import org.safepassage.security.Role;
import org.safepassage.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CorridorNavigation {

    @Bean
    NavigationEntry corridorBoardNavigation() {
        return NavigationEntry.of("nav.corridor", "/corridors", 300, Role.ADMIN, Role.LOGISTICS, Role.PROTECTION,
                Role.ANALYST);
    }

    @Bean
    NavigationEntry checkpointScreenNavigation() {
        return NavigationEntry.of("nav.checkpoint", "/checkpoints", 310, Role.CHECKPOINT, Role.ADMIN, Role.LOGISTICS);
    }
}
