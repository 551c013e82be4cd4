package org.returnops.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The title and detail of a problem in the caller's language: Russian, Tajik, Uzbek (Latin script), Kazakh or
 * English, chosen from {@code Accept-Language}; English when none of them is acceptable. Only the words a person
 * reads change: the problem's {@code type}, the field names and the status stay the same in every language, so a
 * program keeps reading them. The texts are the {@code ProblemMessages} bundle of this package, one file per
 * language; a text a language lacks is taken from English.
 */
final class ProblemTexts {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("tg"), Locale.forLanguageTag("uz"), Locale.forLanguageTag("kk"));

    private static final String BUNDLE = "org.returnops.platform.problem.ProblemMessages";
    private static final ResourceBundle.Control NO_JVM_DEFAULT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ProblemTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ProblemTexts.class.getClassLoader(), NO_JVM_DEFAULT);
    }

    /** The texts for the language the request accepts; English without a request or a match. */
    static ProblemTexts of(HttpHeaders headers) {
        String accepted = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return new ProblemTexts(language(accepted));
    }

    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    /** The text under {@code key}, its arguments filled in. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /**
     * The title of a problem a service raised: the translation of its kind where the bundle has one (not found,
     * conflict, ...), else the service's own title.
     */
    String title(String slug, String serviceTitle) {
        if (Locale.ENGLISH.equals(locale)) {
            return serviceTitle;
        }
        try {
            return bundle.getString(slug + ".title");
        } catch (MissingResourceException unknown) {
            return serviceTitle;
        }
    }
}
