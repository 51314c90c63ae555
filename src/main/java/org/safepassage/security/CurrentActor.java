package org.safepassage.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting now and from where: the signed-in user or device, or the operator of a command. */
@Component
public class CurrentActor {

    public static final String OPERATOR_PROPERTY = "safepassage.operator";

    public Actor get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name;
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            name = authentication.getName();
        } else {
            // set by the command line to "cli:<operator>"; scheduled work runs as "system"
            name = System.getProperty(OPERATOR_PROPERTY, "system");
        }
        return new Actor(name, address());
    }

    static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "local";
    }

    /** Whether whoever acts now (a signed-in user or device) holds the role. */
    public boolean hasRole(Role role) {
        return Role.heldBy(SecurityContextHolder.getContext().getAuthentication()).contains(role);
    }

    public record Actor(String name, String address) {
    }
}
