package org.safepassage.consent.web;

import org.safepassage.security.Role;
import org.safepassage.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConsentNavigation {

    @Bean
    NavigationEntry consentEntry() {
        return NavigationEntry.of("nav.consent", "/consent", 200, Role.ADMIN, Role.REGISTRATION, Role.PROTECTION,
                Role.LOGISTICS, Role.ANALYST);
    }
}
