package org.safepassage.registry.web;

import org.safepassage.security.Role;
import org.safepassage.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegistryNavigation {

    @Bean
    NavigationEntry registryNavigationEntry() {
        return NavigationEntry.of("nav.registry", "/registry", 100, Role.ADMIN, Role.REGISTRATION, Role.PROTECTION,
                Role.LOGISTICS);
    }

    @Bean
    NavigationEntry registryCountsNavigationEntry() {
        return NavigationEntry.of("nav.registryCounts", "/registry-counts", 110, Role.ANALYST);
    }
}
