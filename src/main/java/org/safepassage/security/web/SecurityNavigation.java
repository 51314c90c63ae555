package org.safepassage.security.web;

import org.safepassage.security.Role;
import org.safepassage.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

    @Bean
    NavigationEntry usersNavigation() {
        return NavigationEntry.of("nav.admin", "/admin/users", 900, Role.ADMIN);
    }
}
