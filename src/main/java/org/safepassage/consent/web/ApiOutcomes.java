package org.safepassage.consent.web;

import java.util.Locale;
import java.util.UUID;

import org.safepassage.consent.Outcome;
import org.safepassage.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Turns a refused command into an RFC 9457 problem whose type names the reason and whose detail explains it. */
@Component
class ApiOutcomes {

    private final MessageSource messages;

    ApiOutcomes(MessageSource messages) {
        this.messages = messages;
    }

    UUID done(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            throw problem(rejected.reasonKey());
        }
        return ((Outcome.Done) outcome).id();
    }

    RuntimeException problem(String reasonKey) {
        HttpStatus status = reasonKey.endsWith(".notFound") ? HttpStatus.NOT_FOUND
                : reasonKey.endsWith(".already") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        String slug = reasonKey.replaceFirst("^consent\\.", "").replace('.', '-');
        return Problems.problem(status, "consent", slug,
                messages.getMessage(reasonKey, null, reasonKey, Locale.ENGLISH));
    }
}
