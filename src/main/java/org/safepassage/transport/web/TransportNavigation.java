package org.safepassage.transport.web;

import org.safepassage.security.Role;
import org.safepassage.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransportNavigation {

    @Bean
    NavigationEntry transportEntry() {
        return NavigationEntry.of("nav.transport", "/transport", 400, Role.ADMIN, Role.LOGISTICS, Role.PROTECTION,
                Role.CHECKPOINT, Role.ANALYST);
    }
}
