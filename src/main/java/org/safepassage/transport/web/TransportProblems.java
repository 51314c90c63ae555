package org.safepassage.transport.web;

import java.util.Locale;
import java.util.UUID;

import org.safepassage.shared.web.Problems;
import org.safepassage.transport.Outcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns a refused request into an RFC 9457 problem: the type names the reason, the detail explains it (and which
 * field). Not found is 404, a step the convoy cannot take now is 409, anything else wrong with the request 422.
 */
@Component
class TransportProblems {

    private final MessageSource messages;

    TransportProblems(MessageSource messages) {
        this.messages = messages;
    }

    UUID done(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            throw problem(rejected);
        }
        return ((Outcome.Done) outcome).id();
    }

    RuntimeException problem(Outcome.Rejected rejected) {
        var first = rejected.violations().get(0);
        String key = first.messageKey();
        HttpStatus status = key.endsWith(".notFound") ? HttpStatus.NOT_FOUND
                : key.contains(".refused.") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        String detail = rejected.violations().stream()
                .map(v -> (v.field() == null ? "" : v.field() + ": ") + english(v.messageKey()))
                .reduce((a, b) -> a + " " + b).orElse(key);
        return Problems.problem(status, "transport", key.replace('.', '-'), detail);
    }

    String english(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
