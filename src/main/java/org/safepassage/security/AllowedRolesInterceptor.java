package org.safepassage.security;

import java.util.Arrays;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Deny by default: a SafePassage handler runs only for a caller holding one of the roles it names. */
class AllowedRolesInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
            return true; // static resources, framework endpoints (error page, OpenAPI) are secured by path
        }
        if (method.hasMethodAnnotation(PublicEndpoint.class)
                || method.getBeanType().isAnnotationPresent(PublicEndpoint.class)) {
            return true;
        }
        Set<Role> allowed = allowedRoles(method);
        if (allowed.isEmpty()) {
            throw new AccessDeniedException("No roles are allowed on " + method.getShortLogMessage());
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("Sign in first");
        }
        Set<Role> held = Role.heldBy(authentication);
        if (allowed.stream().noneMatch(held::contains)) {
            throw new AccessDeniedException("Your role does not give access to this");
        }
        return true;
    }

    static boolean isOurs(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("org.safepassage");
    }

    /** The roles named on the method, else on its class; empty when neither names any. */
    static Set<Role> allowedRoles(HandlerMethod method) {
        Allowed annotation = method.getMethodAnnotation(Allowed.class);
        if (annotation == null) {
            annotation = method.getBeanType().getAnnotation(Allowed.class);
        }
        return annotation == null ? Set.of() : Set.copyOf(Arrays.asList(annotation.value()));
    }
}
