package org.safepassage.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problems with a stable type per module, e.g. {@code /problems/registry/household-not-found}. */
public final class Problems {

    private Problems() {
    }

    public static ErrorResponseException problem(HttpStatus status, String module, String slug, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + module + "/" + slug));
        return new ErrorResponseException(status, problem, null);
    }

    public static ErrorResponseException notFound(String module, String what, Object id) {
        return problem(HttpStatus.NOT_FOUND, module, what + "-not-found", "No " + what.replace('-', ' ') + " " + id);
    }
}
