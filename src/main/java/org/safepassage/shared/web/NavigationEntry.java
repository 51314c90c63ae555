package org.safepassage.shared.web;

import java.util.Set;

/**
 * A link in the main navigation, contributed by a module as a bean. Shown only to users holding one of
 * {@code roles} (role names such as "ADMIN").
 *
 * @param labelKey message key of the link text
 * @param path     where the link goes
 * @param order    position, lower first
 */
public record NavigationEntry(String labelKey, String path, int order, Set<String> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    public static NavigationEntry of(String labelKey, String path, int order, Enum<?>... roles) {
        return new NavigationEntry(labelKey, path, order,
                java.util.Arrays.stream(roles).map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    }
}
