package org.safepassage.transport.manifest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safepassage.transport.config.Times;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A manifest as a document: an A4 PDF (labels in English and Arabic, Arabic names shaped and right-to-left with
 * ICU's bidi splitter and reorderer and the Noto fonts shipped with the application, a QR code per household with
 * its token) and a CSV.
 */
@Component
public class ManifestDocuments {

    private static final String FONTS = "static/fonts/";
    private static final int TOKEN_LINE = 12;

    private final ITemplateEngine templates;
    private final Bilingual labels;
    private final Times times;

    ManifestDocuments(ITemplateEngine templates, MessageSource messages, Times times) {
        this.templates = templates;
        this.labels = new Bilingual(messages);
        this.times = times;
    }

    public byte[] pdf(ManifestSheet sheet) {
        String html = html(sheet);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(TextDirection.LTR);
            font(builder, "NotoSans-Regular.ttf", "Noto Sans", 400);
            font(builder, "NotoSans-Bold.ttf", "Noto Sans", 700);
            font(builder, "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400);
            font(builder, "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML the PDF is drawn from. */
    String html(ManifestSheet sheet) {
        Map<UUID, String> qr = new HashMap<>();
        Map<UUID, java.util.List<String>> tokenLines = new HashMap<>();
        sheet.households().stream().filter(h -> h.token() != null).forEach(h -> {
            qr.put(h.householdId(), QrCodes.dataUri(h.token()));
            tokenLines.put(h.householdId(), lines(h.token()));
        });
        var context = new Context(Locale.ENGLISH);
        context.setVariable("sheet", sheet);
        context.setVariable("t", labels);
        context.setVariable("times", times);
        context.setVariable("qr", qr);
        context.setVariable("tokenLines", tokenLines);
        context.setVariable("departure", times.format(sheet.plannedDeparture()));
        context.setVariable("frozenAt", times.format(sheet.frozenAt()));
        return templates.process("transport/manifest-pdf", context);
    }

    /** One row per person listed, with names in both scripts, markers as codes, and the household's token. */
    public byte[] csv(ManifestSheet sheet) {
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader("convoy", "vehicle", "issue", "seat", "household_ref",
                "household_token", "individual_ref", "name", "name_ar", "sex", "age_group", "markers").get();
        try (var csv = new CSVPrinter(out, format)) {
            for (var household : sheet.households()) {
                for (var seat : household.seats()) {
                    csv.printRecord(sheet.convoyRef(), sheet.vehicleRef(), sheet.issue(), seat.seat(), household.ref(),
                            household.token(), seat.ref(), seat.nameLatin(), seat.nameArabic(), seat.sex(),
                            seat.ageGroup().range(), seat.markers().stream().map(Enum::name).sorted()
                                    .reduce((a, b) -> a + ";" + b).orElse(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a byte order mark, so that spreadsheet programs read the Arabic names as UTF-8
        return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The token under its QR code, in lines that fit the box, for typing it where the code cannot be scanned. */
    static java.util.List<String> lines(String token) {
        var lines = new java.util.ArrayList<String>();
        for (int i = 0; i < token.length(); i += TOKEN_LINE) {
            lines.add(token.substring(i, Math.min(token.length(), i + TOKEN_LINE)));
        }
        return lines;
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        var resource = new ClassPathResource(FONTS + file);
        builder.useFont(() -> {
            try {
                return resource.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, family, weight, FontStyle.NORMAL, true);
    }
}
