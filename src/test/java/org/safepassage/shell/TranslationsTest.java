package org.safepassage.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text a page shows exists in English and in Arabic, and the two bundles hold the same keys. */
class TranslationsTest {

    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(?:\\(|})");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void englishAndArabicBundlesHaveTheSameKeys() throws IOException {
        for (String basename : basenames()) {
            var english = load(basename + ".properties").stringPropertyNames();
            var arabic = load(basename + "_ar.properties").stringPropertyNames();
            assertThat(difference(english, arabic)).as("%s: keys without an Arabic text", basename).isEmpty();
            assertThat(difference(arabic, english)).as("%s: keys without an English text", basename).isEmpty();
        }
    }

    @Test
    void everyMessageATemplateUsesIsTranslated() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String basename : basenames()) {
            known.addAll(load(basename + ".properties").stringPropertyNames());
            known.addAll(load(basename + "_ar.properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = MESSAGE_EXPRESSION.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(TEMPLATES.relativize(file) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
    }

    @Test
    void arabicTextsAreWrittenInArabic() throws IOException {
        for (String basename : basenames()) {
            var arabic = load(basename + "_ar.properties");
            var english = load(basename + ".properties");
            List<String> untranslated = arabic.stringPropertyNames().stream()
                    .filter(key -> arabic.getProperty(key).equals(english.getProperty(key)))
                    .filter(key -> arabic.getProperty(key).chars().anyMatch(Character::isLetter))
                    .filter(key -> !key.startsWith("app.name.latin"))
                    .toList();
            assertThat(untranslated).as("%s: Arabic texts identical to the English", basename).isEmpty();
        }
    }

    @Test
    void everyTextWithArgumentsFormatsInBothLanguages() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String basename : basenames()) {
            for (String suffix : new String[] {"", "_ar"}) {
                var bundle = load(basename + suffix + ".properties");
                for (String key : bundle.stringPropertyNames()) {
                    String text = bundle.getProperty(key);
                    if (text.contains("{0")) {
                        try {
                            new java.text.MessageFormat(text,
                                    java.util.Locale.forLanguageTag(suffix.isEmpty() ? "en" : "ar"));
                        } catch (IllegalArgumentException e) {
                            broken.add(basename + suffix + ": " + key + " (" + e.getMessage() + ")");
                        }
                    }
                }
            }
        }
        assertThat(broken).as("texts whose placeholders cannot be formatted").isEmpty();
    }

    @Test
    void agesAreCountedTheWayArabicCountsThem() throws IOException {
        var arabic = java.util.Locale.forLanguageTag("ar");
        for (String[] bundleAndKey : new String[][] {{"i18n/registry", "registry.ageYears"},
                {"i18n/consent", "consent.member.age"}, {"i18n/corridor", "screen.age"}}) {
            String pattern = load(bundleAndKey[0] + "_ar.properties").getProperty(bundleAndKey[1]);
            var format = new java.text.MessageFormat(pattern, arabic);
            assertThat(format.format(new Object[] {0})).as(bundleAndKey[1]).isEqualTo("أقل من سنة");
            assertThat(format.format(new Object[] {1})).isEqualTo("سنة واحدة");
            assertThat(format.format(new Object[] {2})).isEqualTo("سنتان");
            assertThat(format.format(new Object[] {6})).endsWith(" سنوات");
            assertThat(format.format(new Object[] {16})).endsWith(" سنة").doesNotContain("سنوات");
        }
    }

    /** The message bundles named in application.properties. */
    static List<String> basenames() throws IOException {
        var application = load("application.properties");
        return Stream.of(application.getProperty("spring.messages.basename").split(","))
                .map(String::trim).toList();
    }

    static Properties load(String name) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:" + name);
        assertThat(resources).as(name).isNotEmpty();
        var properties = new Properties();
        try (var reader = new InputStreamReader(resources[0].getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
