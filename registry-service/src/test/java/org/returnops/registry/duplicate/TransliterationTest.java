package org.returnops.registry.duplicate;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationTest {

    private static final List<String> NAMES = List.of("Рахимов Фаррух", "Ҷӯраев Ӣсмоил", "Щукин Ыыков", "Šaripov",
            "Жанна Қодирова", "Əliyev", "Ёқубов Ғафуров", "ӘЛИЕВ Ұлан", "Съезд Подъезд", "Müller Łukasz", "Γιώργος");

    @Test
    void aPooledCopyTransliteratesExactlyAsTheIcuChainItIsMadeFrom() {
        Transliterator icu = Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII");
        Transliteration pooled = Transliteration.of("Cyrillic-Latin; Latin-ASCII");
        for (String name : NAMES) {
            assertThat(pooled.transliterate(name)).as(name).isEqualTo(icu.transliterate(name));
        }
    }

    @Test
    void manyThreadsAtOnceGetWhatOneThreadGets() throws Exception {
        List<String> alone = NAMES.stream().map(NameKeys::latin).toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> together = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                together.add(threads.submit(() -> {
                    List<String> results = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        results = NAMES.stream().map(NameKeys::latin).toList();
                    }
                    return results;
                }));
            }
            for (Future<List<String>> result : together) {
                assertThat(result.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdown();
        }
    }
}
