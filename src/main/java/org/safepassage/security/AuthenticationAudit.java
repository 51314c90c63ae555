package org.safepassage.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every sign-in is audited. A script using HTTP Basic authenticates on each request: its sign-in is recorded
 * once per user and address every ten minutes, so the log shows who used the API without drowning in it.
 * Every failure is recorded.
 */
@Component
class AuthenticationAudit {

    private static final Duration API_LOGIN_INTERVAL = Duration.ofMinutes(10);

    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Instant> lastApiLogin = new ConcurrentHashMap<>();

    AuthenticationAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        audit.recordAs(authentication.getName(), address(authentication.getDetails()), "LOGIN", "user",
                authentication.getName(), "form");
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        String address = CurrentActor.address();
        if (!isApiRequest()) {
            return; // a form sign-in is recorded once, by the interactive event
        }
        String key = authentication.getName() + "@" + address;
        Instant now = clock.instant();
        Instant last = lastApiLogin.get(key);
        if (last == null || last.plus(API_LOGIN_INTERVAL).isBefore(now)) {
            lastApiLogin.put(key, now);
            audit.recordAs(authentication.getName(), address, "LOGIN", "user", authentication.getName(), "api");
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        audit.recordAs(String.valueOf(authentication.getName()), address(authentication.getDetails()),
                "LOGIN_FAILED", "user", authentication.getName(), event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()),
                "LOGOUT", "user", event.getAuthentication().getName(), null);
    }

    private static boolean isApiRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith(attributes.getRequest().getContextPath() + "/api/");
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
