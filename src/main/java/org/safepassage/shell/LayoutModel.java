package org.safepassage.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safepassage.shared.web.NavigationEntry;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What every page's layout needs: direction, the signed-in user, and the navigation they may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationEntry> navigation;

    LayoutModel(List<NavigationEntry> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("rtl")
    boolean rtl(Locale locale) {
        return Languages.isRightToLeft(locale);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("signedIn")
    String signedIn(Authentication authentication) {
        return isSignedIn(authentication) ? authentication.getName() : null;
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation(Authentication authentication) {
        if (!isSignedIn(authentication)) {
            return List.of();
        }
        Set<String> roles = roles(authentication);
        return navigation.stream().filter(entry -> entry.roles().stream().anyMatch(roles::contains)).toList();
    }

    @ModelAttribute("myRoles")
    Set<String> myRoles(Authentication authentication) {
        return isSignedIn(authentication) ? roles(authentication) : Set.of();
    }

    private static Set<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
