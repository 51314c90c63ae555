package org.safepassage.transport.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safepassage.registry.Sex;
import org.safepassage.transport.config.Times;
import org.safepassage.transport.config.TransportProperties;
import org.safepassage.transport.fleet.VehicleKind;
import org.safepassage.transport.manifest.ManifestSheet.AmendmentLine;
import org.safepassage.transport.manifest.ManifestSheet.HouseholdGroup;
import org.safepassage.transport.manifest.ManifestSheet.Seat;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The manifest PDF and CSV from a sheet, without the database: what they print and what they leave out. */
class ManifestDocumentsTest {

    static final Path OUT = Path.of("target", "manifests");

    private final ManifestDocuments documents = documents();

    @Test
    void thePdfPrintsBothScriptsCountsMarkersAndAmendmentsButNoDiagnosis() throws IOException {
        var sheet = sheet();

        byte[] pdf = documents.pdf(sheet);

        Files.createDirectories(OUT);
        Files.write(OUT.resolve("sample.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Convoy manifest", "CV-20261128-1", "BUS-07", "Amal Haddad", "Medical seat",
                    "Wheelchair", "Unaccompanied child", "Issue 2", "Consent withdrawn");
            assertThat(text).doesNotContain("Critical", "SM-CC", "diagnos");
            assertThat(text).as("a person taken off is named by reference only").doesNotContain("Yusuf");
        }
    }

    @Test
    void anArabicOperatorNameIsPrintedApartFromTheLatinSeatCountSoNeitherReordersTheOther() {
        String html = documents.html(sheet());

        assertThat(html).contains("<td dir=\"auto\">شركة النقل</td>")
                .contains("<td dir=\"ltr\">50 seats</td>")
                .doesNotContain("شركة النقل · 50");
    }

    @Test
    void theQrCodeCarriesTheHouseholdTokenAndNothingElse() throws Exception {
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(QrCodes.png("tok-123_ABC")));

        var read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));

        assertThat(read.getText()).isEqualTo("tok-123_ABC");
    }

    @Test
    void theCsvListsOnePersonPerRowWithBothScripts() {
        String csv = new String(documents.csv(sheet()), StandardCharsets.UTF_8);

        assertThat(csv.lines()).hasSize(1 + 4);
        assertThat(csv).contains("individual_ref", "أمل حداد", "MEDICAL_SEAT;WHEELCHAIR");
    }

    static ManifestDocuments documents() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/transport");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        var times = new Times(new TransportProperties(Duration.ofSeconds(30), Duration.ofMinutes(30),
                Duration.ofMinutes(1), java.time.ZoneId.of("Asia/Damascus")));
        return new ManifestDocuments(engine, messages, times);
    }

    static ManifestSheet sheet() {
        var now = Instant.parse("2026-11-27T08:00:00Z");
        var first = new HouseholdGroup(UUID.randomUUID(), "H-000123", "q7Jm2xW9pLr4Tz8vKc1NbQ", List.of(
                new Seat(1, UUID.randomUUID(), "H-000123-1", "Amal Haddad", "أمل حداد", Sex.F, AgeGroup.FROM_18_TO_59,
                        Set.of()),
                new Seat(2, UUID.randomUUID(), "H-000123-2", "Omar Haddad", "عمر حداد", Sex.M, AgeGroup.FROM_5_TO_11,
                        Set.of(Marker.UNACCOMPANIED_CHILD)),
                new Seat(3, UUID.randomUUID(), "H-000123-3", "Lina Haddad", "لينا حداد", Sex.F, AgeGroup.UNDER_5,
                        Set.of(Marker.MEDICAL_SEAT, Marker.WHEELCHAIR))));
        var second = new HouseholdGroup(UUID.randomUUID(), "H-000456", "Zp0-Qm3sLk9Xw2Vb7Hn5Ra", List.of(
                new Seat(5, UUID.randomUUID(), "H-000456-1", "Khaled Darwish", "خالد عبد الرحمن درويش", Sex.M,
                        AgeGroup.FROM_60, Set.of(Marker.NEEDS_ASSISTANCE))));
        var entries = List.of(
                new ManifestEntry(UUID.randomUUID(), UUID.randomUUID(), first.householdId(), "H-000123", 1, Sex.F,
                        AgeGroup.FROM_18_TO_59, Set.of(), null),
                new ManifestEntry(UUID.randomUUID(), UUID.randomUUID(), first.householdId(), "H-000123", 2, Sex.M,
                        AgeGroup.FROM_5_TO_11, Set.of(), null),
                new ManifestEntry(UUID.randomUUID(), UUID.randomUUID(), first.householdId(), "H-000123", 3, Sex.F,
                        AgeGroup.UNDER_5, Set.of(), null),
                new ManifestEntry(UUID.randomUUID(), UUID.randomUUID(), second.householdId(), "H-000456", 5, Sex.M,
                        AgeGroup.FROM_60, Set.of(), null));
        var amendment = new AmendmentLine(UUID.randomUUID(), now.plusSeconds(600), "system", UUID.randomUUID(),
                "H-000456-2", "H-000456", 4, "Yusuf Darwish", "يوسف درويش", AmendmentReason.CONSENT_WITHDRAWN, true, 2);
        return new ManifestSheet(UUID.randomUUID(), UUID.randomUUID(), 1, 2, "CV-20261128-1", "Homs", "حمص",
                "Northern corridor", "الممر الشمالي", now.plus(Duration.ofDays(1)), "UN vehicle ahead and behind",
                "BUS-07", VehicleKind.BUS, "شركة النقل", "Abu Samir +963 944 000 111", 50, now, "logistics1",
                List.of(first, second), Counts.of(entries), List.of(amendment));
    }
}
