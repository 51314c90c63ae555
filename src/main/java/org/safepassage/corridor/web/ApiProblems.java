package org.safepassage.corridor.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safepassage.corridor.Outcome;
import org.safepassage.corridor.Recorded;
import org.safepassage.corridor.Refusal;
import org.safepassage.corridor.Violation;
import org.safepassage.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Turns refusals into RFC 9457 problems, each broken rule listed with its field and an English message. */
@Component
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** The id a saved outcome carries; a refused one is thrown as a problem (404 when the target is unknown). */
    java.util.UUID saved(Outcome outcome) {
        if (outcome instanceof Outcome.Saved saved) {
            return saved.id();
        }
        var violations = ((Outcome.Rejected) outcome).violations();
        if (violations.stream().anyMatch(v -> v.messageKey().endsWith(".unknown"))) {
            var unknown = violations.get(0);
            throw Problems.problem(HttpStatus.NOT_FOUND, "corridor", unknown.field() + "-not-found",
                    message(unknown));
        }
        throw withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "refused", "The change was refused; see errors.",
                violations);
    }

    ErrorResponseException refused(Recorded.Refused refused) {
        HttpStatus status = switch (refused.refusal()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case ID_CONFLICT, ALREADY_CORRECTED -> HttpStatus.CONFLICT;
            case UNKNOWN_CHECKPOINT -> HttpStatus.NOT_FOUND;
            case INCIDENT_RESTRICTED -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return withErrors(status, refused.refusal().slug(), refused.detail(), refused.violations());
    }

    ErrorResponseException invalid(String detail, List<Violation> violations) {
        return withErrors(HttpStatus.BAD_REQUEST, Refusal.INVALID.slug(), detail, violations);
    }

    private ErrorResponseException withErrors(HttpStatus status, String slug, String detail,
            List<Violation> violations) {
        var problem = Problems.problem(status, "corridor", slug, detail);
        if (!violations.isEmpty()) {
            problem.getBody().setProperty("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "rule", v.messageKey(), "message", message(v))).toList());
        }
        return problem;
    }

    private String message(Violation violation) {
        return messages.getMessage(violation.messageKey(), null, violation.messageKey(), Locale.ENGLISH);
    }
}
