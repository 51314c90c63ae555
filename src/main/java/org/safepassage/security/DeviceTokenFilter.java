package org.safepassage.security;

import java.io.IOException;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates a field device by its bearer token; it then holds the DEVICE role and nothing else. */
/** Not a bean: it belongs to the API filter chain only, not to every request. */
class DeviceTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final UserManagement users;
    private final AuditLog audit;

    DeviceTokenFilter(UserManagement users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            var device = users.authenticateDevice(header.substring(PREFIX.length()).trim());
            if (device.isPresent()) {
                var authentication = UsernamePasswordAuthenticationToken.authenticated("device:" + device.get().name(),
                        null, List.of(new SimpleGrantedAuthority(Role.DEVICE.authority())));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            } else {
                audit.recordAs("device:unknown", request.getRemoteAddr(), "LOGIN_FAILED", "device", null,
                        "unknown or revoked device token");
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
