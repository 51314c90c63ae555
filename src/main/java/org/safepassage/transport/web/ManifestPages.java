package org.safepassage.transport.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.manifest.Amendment;
import org.safepassage.transport.manifest.ManifestDocuments;
import org.safepassage.transport.manifest.ManifestSheet;
import org.safepassage.transport.manifest.ManifestSheets;
import org.safepassage.transport.manifest.Manifests;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A manifest on screen, as PDF and as CSV (each reading audited), and the amendments made to manifests. */
@Controller
class ManifestPages {

    static final int AMENDMENTS_SHOWN = 100;

    private final ManifestSheets sheets;
    private final ManifestDocuments documents;
    private final Manifests manifests;
    private final ConvoyViews views;
    private final RegistryManagement registry;

    ManifestPages(ManifestSheets sheets, ManifestDocuments documents, Manifests manifests, ConvoyViews views,
            RegistryManagement registry) {
        this.sheets = sheets;
        this.documents = documents;
        this.manifests = manifests;
        this.views = views;
        this.registry = registry;
    }

    @GetMapping("/transport/manifests/{id}")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String show(@PathVariable UUID id, Model model) {
        var sheet = sheet(id, "page");
        model.addAttribute("sheet", sheet);
        model.addAttribute("convoy", views.view(sheet.convoyId()));
        return "transport/manifest";
    }

    @GetMapping("/transport/manifests/{id}/pdf")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var sheet = sheet(id, "pdf");
        return download(documents.pdf(sheet), MediaType.APPLICATION_PDF, name(sheet) + ".pdf");
    }

    @GetMapping("/transport/manifests/{id}/csv")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        var sheet = sheet(id, "csv");
        return download(documents.csv(sheet), new MediaType("text", "csv", StandardCharsets.UTF_8), name(sheet) + ".csv");
    }

    record AmendmentView(Amendment amendment, String convoyRef, UUID convoyId, String personRef, String name,
            String nameAr) {
    }

    /** Recent amendments, newest first, for protection staff to follow up; names read here are audited. */
    @GetMapping("/transport/amendments")
    @Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION})
    String amendments(@RequestParam(required = false) UUID convoy, Model model) {
        List<Amendment> list = convoy != null ? manifests.amendmentsOfConvoy(convoy)
                : manifests.recentAmendments(AMENDMENTS_SHOWN);
        List<AmendmentView> rows = new ArrayList<>();
        for (var amendment : list.stream().limit(AMENDMENTS_SHOWN).toList()) {
            var manifest = manifests.find(amendment.manifestId()).orElseThrow();
            var convoyView = views.convoy(manifest.convoyId());
            var person = registry.person(amendment.individualId());
            rows.add(new AmendmentView(amendment, convoyView.ref(), convoyView.id(),
                    person.map(p -> p.ref()).orElse(null), person.map(p -> p.name().latin()).orElse(null),
                    person.map(p -> p.name().arabic()).orElse(null)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("convoy", convoy == null ? null : views.view(convoy));
        return "transport/amendments";
    }

    private ManifestSheet sheet(UUID id, String purpose) {
        return sheets.sheet(id, purpose).orElseThrow(() -> Problems.notFound("transport", "manifest", id));
    }

    private static String name(ManifestSheet sheet) {
        return "manifest-" + sheet.convoyRef() + "-" + sheet.vehicleRef() + "-issue" + sheet.issue();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
