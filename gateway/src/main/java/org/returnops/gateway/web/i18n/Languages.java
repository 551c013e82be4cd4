package org.returnops.gateway.web.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the pages: the one chosen with the switcher (a cookie), else the best of the
 * browser's Accept-Language, else English.
 */
public final class Languages {

    public static final String COOKIE = "returnops-lang";
    /** In the switcher's order, each named in its own language. */
    public static final List<Language> ALL = List.of(new Language("ru", "Русский"), new Language("tg", "Тоҷикӣ"),
            new Language("uz", "Oʻzbekcha"), new Language("kk", "Қазақша"), new Language("en", "English"));

    private Languages() {
    }

    public record Language(String code, String name) {
    }

    public static Locale choose(String cookie, String acceptLanguage) {
        if (supported(cookie)) {
            return Locale.forLanguageTag(cookie);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange range : ranges) {
                    String primary = range.getRange().split("-")[0];
                    if (range.getWeight() > 0 && supported(primary)) {
                        return Locale.forLanguageTag(primary);
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    public static boolean supported(String code) {
        return code != null && ALL.stream().anyMatch(l -> l.code().equals(code));
    }
}
