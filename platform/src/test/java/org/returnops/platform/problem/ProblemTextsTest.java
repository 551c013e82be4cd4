package org.returnops.platform.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "ru-RU,ru;q=0.9,en;q=0.8 | ru",
            "uz-Latn-UZ              | uz",
            "uz                      | uz",
            "kk;q=0.5, tg            | tg",
            "tg-TJ                   | tg",
            "kk-KZ                   | kk",
            "de-DE, fr               | en",
            "*                       | en",
            "NULL                    | en",
            "not a language range ;; | en"})
    void theLanguageIsTheBestAcceptedOneAndEnglishOtherwise(String acceptLanguage, String expected) {
        assertThat(ProblemTexts.language(acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "tg", "uz", "kk"})
    void everyLanguageWordsEveryProblemThePlatformAnswers(String language) throws IOException {
        Properties english = load("ProblemMessages.properties");
        Properties translated = load("ProblemMessages_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsAll(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as(language + " " + key)
                    .isNotEqualTo(english.getProperty(key))
                    .containsPattern(english.getProperty(key).contains("{1}") ? "\\{0}.*\\{1}|\\{1}.*\\{0}"
                            : english.getProperty(key).contains("{0}") ? "\\{0}" : "^[^{]*$");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTexts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
