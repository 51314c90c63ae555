package org.safepassage.consent.web;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Outcome;
import org.safepassage.consent.PublishInformationText;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The information read out before consent: every version in both languages, and publishing a new one. */
@Controller
@Allowed({Role.ADMIN, Role.PROTECTION})
class InformationTextPages {

    private final ConsentManagement consent;

    InformationTextPages(ConsentManagement consent) {
        this.consent = consent;
    }

    @GetMapping("/consent/texts")
    String texts(Model model) {
        var texts = consent.informationTexts();
        model.addAttribute("texts", texts);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", texts.isEmpty() ? new PublishInformationText("", "", "", "")
                    : new PublishInformationText(texts.get(0).titleEn(), texts.get(0).titleAr(),
                            texts.get(0).bodyEn(), texts.get(0).bodyAr()));
        }
        return "consent/texts";
    }

    @PostMapping("/consent/texts")
    String publish(@ModelAttribute("form") PublishInformationText form, Model model, RedirectAttributes redirect) {
        var outcome = consent.publishInformationText(form);
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("error", rejected.reasonKey());
            return texts(model);
        }
        redirect.addFlashAttribute("done", "consent.text.published");
        return "redirect:/consent/texts";
    }
}
