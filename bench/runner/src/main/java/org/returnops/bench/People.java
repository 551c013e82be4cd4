package org.returnops.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Valid, varied registrations: Tajik names in Latin (some also in Cyrillic), birth dates 1940–2019, the three
 * seeded sites, the five destination regions, a passport for most, with a number unique to this run, and
 * consent. The same index gives the same person within a run.
 */
final class People {

    private static final String[][] FAMILY = {{"Rakhimov", "Рахимов"}, {"Yusupov", "Юсупов"},
            {"Sharipov", "Шарипов"}, {"Karimov", "Каримов"}, {"Davlatov", "Давлатов"}, {"Saidov", "Саидов"},
            {"Rahmonov", "Рахмонов"}, {"Odinaev", "Одинаев"}, {"Mirzoev", "Мирзоев"}, {"Nazarov", "Назаров"},
            {"Safarov", "Сафаров"}, {"Kholov", "Холов"}, {"Boboev", "Бобоев"}, {"Kurbonov", "Курбонов"},
            {"Sodikov", "Содиков"}, {"Ismoilov", "Исмоилов"}, {"Umarov", "Умаров"}, {"Tursunov", "Турсунов"}};
    private static final String[][] GIVEN = {{"Farrukh", "Фаррух"}, {"Jamshed", "Джамшед"}, {"Umed", "Умед"},
            {"Dilshod", "Дилшод"}, {"Rustam", "Рустам"}, {"Sherzod", "Шерзод"}, {"Alisher", "Алишер"},
            {"Gulnora", "Гулнора"}, {"Zarina", "Зарина"}, {"Mohira", "Мохира"}, {"Madina", "Мадина"},
            {"Malika", "Малика"}, {"Firuza", "Фируза"}, {"Nilufar", "Нилуфар"}};
    private static final String[] SITES = {"KZ-ZHIBEK-ZHOLY", "KZ-SHYMKENT", "KZ-ALMATY"};
    private static final String[] REGIONS = {"Sughd", "Khatlon", "Dushanbe", "GBAO",
            "Districts of Republican Subordination"};

    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

    String person(long index) {
        SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L);
        int g = random.nextInt(GIVEN.length);
        boolean female = g >= 7;
        String[] family = FAMILY[random.nextInt(FAMILY.length)];
        String suffix = female ? "a" : "";
        int year = random.nextInt(1940, 2020);
        LocalDate born = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        StringBuilder json = new StringBuilder(600);
        json.append("{\"siteCode\":\"").append(SITES[random.nextInt(SITES.length)]).append('"')
                .append(",\"nameLatin\":{\"family\":\"").append(family[0]).append(suffix)
                .append("\",\"given\":\"").append(GIVEN[g][0]).append("\"}");
        if (random.nextInt(100) < 40) {
            json.append(",\"nameCyrillic\":{\"family\":\"").append(family[1]).append(female ? "а" : "")
                    .append("\",\"given\":\"").append(GIVEN[g][1]).append("\"}");
        }
        json.append(",\"sex\":\"").append(female ? 'F' : 'M').append('"')
                .append(",\"dateOfBirth\":\"").append(born).append('"')
                .append(",\"nationality\":\"TJK\"")
                .append(",\"destinationRegion\":\"").append(REGIONS[random.nextInt(REGIONS.length)]).append('"');
        if (random.nextInt(100) < 90) {
            json.append(",\"documents\":[{\"type\":\"PASSPORT\",\"number\":\"B").append(run).append(index)
                    .append("\",\"issuingState\":\"TJK\",\"expiresOn\":\"")
                    .append(LocalDate.now().plusDays(random.nextInt(30, 3650))).append("\"}]");
        }
        Instant consent = Instant.now().minusSeconds(random.nextInt(60, 7200)).truncatedTo(ChronoUnit.SECONDS);
        json.append(",\"consent\":{\"givenAt\":\"").append(consent)
                .append("\",\"takenBy\":\"IOM caseworker D. Omarova\",\"language\":\"tg\"}}");
        return json.toString();
    }

    /** The bare peer's body: about the size of a registration. */
    static String note(long index) {
        return "{\"text\":\"" + "registration-sized note ".repeat(20) + index + "\"}";
    }
}
