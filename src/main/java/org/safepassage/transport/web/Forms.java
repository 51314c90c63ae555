package org.safepassage.transport.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safepassage.transport.Outcome;
import org.safepassage.transport.Violation;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How pages report outcomes: a flash message after a redirect, or field errors beside the inputs. */
final class Forms {

    private Forms() {
    }

    /** Puts "done" or "error" (message keys) into the flash for the page redirected to. */
    static boolean flash(Outcome outcome, String doneKey, RedirectAttributes redirect) {
        if (outcome instanceof Outcome.Rejected rejected) {
            redirect.addFlashAttribute("error", rejected.reasonKey());
            return false;
        }
        redirect.addFlashAttribute("done", doneKey);
        return true;
    }

    /** Field errors by field name (a refusal of the whole form under "form"), for re-showing a form. */
    static Map<String, String> errors(List<Violation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.field() == null ? "form" : v.field(), v.messageKey()));
        return errors;
    }

    static void rejected(Outcome.Rejected rejected, Model model) {
        model.addAttribute("errors", errors(rejected.violations()));
    }
}
