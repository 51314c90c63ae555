package org.safepassage.registry.web;

import java.io.IOException;
import java.util.UUID;

import org.safepassage.registry.ImportJob;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload page: the same import as the command line, run in the background with a progress bar that
 * htmx polls, then the report (row, column, value, message).
 */
@Controller
@Allowed({Role.ADMIN, Role.REGISTRATION})
class ImportController {

    private final RegistryManagement registry;

    ImportController(RegistryManagement registry) {
        this.registry = registry;
    }

    @GetMapping("/registry/import")
    String form(Model model) {
        model.addAttribute("jobs", registry.recentImports(10));
        return "registry/import";
    }

    @PostMapping("/registry/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "registry.import.noFile");
            return "redirect:/registry/import";
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString();
        UUID id;
        try (var in = file.getInputStream()) {
            id = registry.startImport(in, name, dryRun);
        }
        return "redirect:/registry/import/" + id;
    }

    @GetMapping("/registry/import/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        model.addAttribute("indexing", registry.indexesPending());
        return "registry/import-job";
    }

    @GetMapping("/registry/import/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        model.addAttribute("indexing", registry.indexesPending());
        return "registry/import-job :: progress";
    }

    @GetMapping("/registry/import/{id}/report.json")
    ResponseEntity<Object> report(@PathVariable UUID id) {
        var job = job(id);
        if (job.report() == null) {
            throw Problems.notFound("registry", "import-report", id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"import-report.json\"").body(job.report());
    }

    private ImportJob job(UUID id) {
        return registry.importJob(id).orElseThrow(() -> Problems.notFound("registry", "import", id));
    }
}
