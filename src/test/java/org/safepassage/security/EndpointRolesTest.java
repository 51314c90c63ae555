package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of SafePassage with every role, and with nobody signed in: a role the endpoint does
 * not name is refused (403), a role it names gets through (and the server does not fail on a blank request),
 * and anonymous callers are sent to sign in. An endpoint that names no roles fails this test.
 */
@SafePassageTest
class EndpointRolesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path, Set<Role> allowed, String handler) {
        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyEndpointNamesItsRoles() {
        List<String> unnamed = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (AllowedRolesInterceptor.isOurs(method) && !isPublic(method)
                    && AllowedRolesInterceptor.allowedRoles(method).isEmpty()) {
                unnamed.add(info + " -> " + method.getShortLogMessage());
            }
        });
        assertThat(unnamed).as("handlers without @Allowed are refused to everyone; name their roles").isEmpty();
        assertThat(endpoints()).as("the walk finds the application's endpoints").hasSizeGreaterThan(5);
    }

    @TestFactory
    Stream<DynamicTest> rolesNotNamedAreRefused() {
        return endpoints().stream().flatMap(endpoint -> Arrays.stream(Role.values()).map(role ->
                DynamicTest.dynamicTest(endpoint + " as " + role, () -> {
                    int status = mvc.perform(request(endpoint).with(user("probe").roles(role.name())))
                            .andReturn().getResponse().getStatus();
                    if (endpoint.allowed().contains(role)) {
                        assertThat(status).as("%s is allowed for %s", endpoint, role).isNotIn(401, 403);
                        assertThat(status).as("%s answers a blank request without a server error", endpoint)
                                .isLessThan(500);
                    } else {
                        assertThat(status).as("%s must refuse %s", endpoint, role).isEqualTo(403);
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersMustSignIn() {
        return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint + " anonymously", () -> {
            var response = mvc.perform(request(endpoint)).andReturn().getResponse();
            if (endpoint.api()) {
                assertThat(response.getStatus()).isEqualTo(401);
                assertThat(response.getContentType()).startsWith("application/problem+json");
            } else {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).endsWith("/login");
            }
        }));
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            var method = entry.getValue();
            if (!AllowedRolesInterceptor.isOurs(method) || isPublic(method)) {
                continue;
            }
            var info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            HttpMethod httpMethod = methods.isEmpty() ? HttpMethod.GET
                    : HttpMethod.valueOf(methods.iterator().next().name());
            for (String pattern : info.getPatternValues()) {
                endpoints.add(new Endpoint(httpMethod, concrete(pattern),
                        AllowedRolesInterceptor.allowedRoles(method), method.getShortLogMessage()));
            }
        }
        return endpoints;
    }

    private static boolean isPublic(HandlerMethod method) {
        return method.hasMethodAnnotation(PublicEndpoint.class)
                || method.getBeanType().isAnnotationPresent(PublicEndpoint.class);
    }

    /** Fills path variables with a random id, so the request reaches the handler. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).replace("/**", "/x");
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint) {
        var request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path()).with(csrf());
        if (endpoint.api() && (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT)) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }
}
