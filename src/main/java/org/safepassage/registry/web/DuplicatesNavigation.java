package org.safepassage.registry.web;

import org.safepassage.security.Role;
import org.safepassage.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DuplicatesNavigation {

    @Bean
    NavigationEntry duplicatesNavigationEntry() {
        return NavigationEntry.of("nav.duplicates", "/registry/duplicates", 105, Role.ADMIN, Role.REGISTRATION);
    }
}
