package org.safepassage.security.web;

import java.util.EnumSet;
import java.util.Set;

import org.safepassage.security.CreateUser;
import org.safepassage.security.Role;

/** What the administrator types to create a user. */
record UserForm(String username, String displayName, String password, Set<Role> roles) {

    UserForm {
        roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    static UserForm empty() {
        return new UserForm("", "", "", EnumSet.noneOf(Role.class));
    }

    CreateUser command() {
        return new CreateUser(username, displayName, password, roles);
    }
}
