package org.safepassage.shell;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English and Arabic. The choice made with {@code ?lang=} is kept in a cookie; without one, the browser's
 * preferred language decides, and anything else falls back to English.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("safepassage-lang");
        resolver.setDefaultLocaleFunction(request -> {
            var preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                var language = preferred.nextElement().getLanguage();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(language)) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                if (lang != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                    return true; // ignore languages we do not speak
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }

    static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
