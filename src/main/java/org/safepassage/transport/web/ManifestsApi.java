package org.safepassage.transport.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.manifest.Counts;
import org.safepassage.transport.manifest.ManifestDocuments;
import org.safepassage.transport.manifest.ManifestFreezing;
import org.safepassage.transport.manifest.ManifestSheet;
import org.safepassage.transport.manifest.ManifestSheets;
import org.safepassage.transport.manifest.Manifests;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Allowed({Role.LOGISTICS, Role.ADMIN})
@Tag(name = "Manifests", description = "Who rides each vehicle, frozen from a plan; reading one (JSON, PDF, CSV) "
        + "is audited. Amendments take people off when they may no longer travel.")
class ManifestsApi {

    private final ConvoyViews views;
    private final ManifestFreezing freezing;
    private final Manifests manifests;
    private final ManifestSheets sheets;
    private final ManifestDocuments documents;
    private final TransportProblems outcomes;

    ManifestsApi(ConvoyViews views, ManifestFreezing freezing, Manifests manifests, ManifestSheets sheets,
            ManifestDocuments documents, TransportProblems outcomes) {
        this.views = views;
        this.freezing = freezing;
        this.manifests = manifests;
        this.sheets = sheets;
        this.documents = documents;
        this.outcomes = outcomes;
    }

    /** A manifest without names: for lists. */
    record ManifestSummary(UUID id, int number, UUID vehicleId, int issue, Instant frozenAt, int people,
            int amendments) {
    }

    @PostMapping("/api/convoys/{id}/manifests")
    @Operation(summary = "Freeze the convoy's newest plan into one manifest per vehicle; refused (409) while it "
            + "solves, when it was flagged, or when anyone on it may no longer travel")
    List<ManifestSummary> freeze(@PathVariable UUID id) {
        views.convoy(id);
        outcomes.done(freezing.freeze(id));
        return list(id);
    }

    @GetMapping("/api/convoys/{id}/manifests")
    @Operation(summary = "The convoy's manifests in force, without names")
    List<ManifestSummary> list(@PathVariable UUID id) {
        views.convoy(id);
        return manifests.ofConvoy(id).stream().map(m -> new ManifestSummary(m.id(), m.number(), m.vehicleId(),
                m.issue(), m.frozenAt(), Counts.of(manifests.entries(m.id())).total(),
                manifests.amendments(m.id()).size())).toList();
    }

    @GetMapping("/api/manifests/{id}")
    @Operation(summary = "One manifest with names, seats by household, counts and amendments (audited read)")
    ManifestSheet one(@PathVariable UUID id) {
        return sheet(id, "api");
    }

    @GetMapping(value = "/api/manifests/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The manifest as an A4 PDF (audited read)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var sheet = sheet(id, "pdf");
        return attachment(documents.pdf(sheet), MediaType.APPLICATION_PDF, sheet, "pdf");
    }

    @GetMapping(value = "/api/manifests/{id}/csv", produces = "text/csv")
    @Operation(summary = "The manifest as CSV, one row per person (audited read)")
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        var sheet = sheet(id, "csv");
        return attachment(documents.csv(sheet), new MediaType("text", "csv", StandardCharsets.UTF_8), sheet, "csv");
    }

    private ManifestSheet sheet(UUID id, String purpose) {
        return sheets.sheet(id, purpose).orElseThrow(() -> Problems.notFound("transport", "manifest", id));
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, ManifestSheet sheet, String suffix) {
        String name = "manifest-" + sheet.convoyRef() + "-" + sheet.vehicleRef() + "-issue" + sheet.issue() + "." + suffix;
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
