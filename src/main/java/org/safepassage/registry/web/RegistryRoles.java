package org.safepassage.registry.web;

import org.safepassage.security.Role;

/** Who may do what in the registry: registration and administrators write; protection and logistics read. */
final class RegistryRoles {

    static final Role[] READ = {Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS};

    private RegistryRoles() {
    }
}
