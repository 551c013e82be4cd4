package org.returnops.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The people of the October 2020 group, made up but plausible and always the same for the same size:
 * households of 1 to 7 (couples with children, single parents, an elderly parent travelling with
 * family), a few pregnant women, people with serious medical conditions or a wheelchair, one young
 * person travelling alone, a few adults whose passport has expired (they need a certificate of
 * return), and one person registered a second time under the Cyrillic spelling of their name.
 */
public final class Population {

    /** One person to register; {@code household} numbers the household (the first member is its head). */
    public record Person(int number, int household, String family, String given, String familyCyrillic,
            String givenCyrillic, String sex, LocalDate born, boolean passportValid, List<String> vulnerabilities,
            List<String> seatNeeds, String destinationRegion) {

        boolean adult(LocalDate today) {
            return !born.plusYears(18).isAfter(today);
        }

        /** The document that identifies the person, the same on every run. */
        public Map<String, Object> document(LocalDate today) {
            if (!adult(today)) {
                return Map.of("type", "BIRTH_CERTIFICATE", "number", "BC" + (700000 + number), "issuingState", "TJK");
            }
            return Map.of("type", "PASSPORT", "number", "40" + (2020000 + number), "issuingState", "TJK",
                    "expiresOn", (passportValid ? today.plusYears(3) : today.minusMonths(8)).toString());
        }
    }

    private static final String[][] FAMILIES = {
            {"Rakhimov", "Рахимов"}, {"Saidov", "Саидов"}, {"Nazarov", "Назаров"}, {"Karimov", "Каримов"},
            {"Sharipov", "Шарипов"}, {"Boboev", "Бобоев"}, {"Safarov", "Сафаров"}, {"Rasulov", "Расулов"},
            {"Mirzoev", "Мирзоев"}, {"Kholov", "Холов"}, {"Davlatov", "Давлатов"}, {"Ismoilov", "Исмоилов"},
            {"Tursunov", "Турсунов"}, {"Yusupov", "Юсупов"}, {"Aliev", "Алиев"}, {"Qodirov", "Кодиров"}};
    private static final String[][] MEN = {
            {"Farrukh", "Фаррух"}, {"Umed", "Умед"}, {"Jamshed", "Джамшед"}, {"Firuz", "Фируз"},
            {"Bakhtiyor", "Бахтиёр"}, {"Rustam", "Рустам"}, {"Sherzod", "Шерзод"}, {"Daler", "Далер"},
            {"Behruz", "Бехруз"}, {"Alisher", "Алишер"}};
    private static final String[][] WOMEN = {
            {"Madina", "Мадина"}, {"Gulnora", "Гулнора"}, {"Nigina", "Нигина"}, {"Zarina", "Зарина"},
            {"Mehrona", "Мехрона"}, {"Shahnoza", "Шахноза"}, {"Dilnoza", "Дилноза"}, {"Firuza", "Фируза"},
            {"Malika", "Малика"}, {"Sitora", "Ситора"}};
    private static final String[] REGIONS = {"Sughd", "Sughd", "Sughd", "Khatlon", "Dushanbe", "Districts of Republican Subordination"};
    private static final int[] HOUSEHOLD_SIZES = {1, 4, 2, 5, 1, 3, 7, 2, 1, 6, 3, 1, 4, 2};

    private final List<Person> people;
    private final int firstWave;

    private Population(List<Person> people, int firstWave) {
        this.people = people;
        this.firstWave = firstWave;
    }

    /** {@code size} people (183 in 2020), of whom about 37 % (68 of 183) reached the checkpoint first. */
    public static Population of(int size, LocalDate today) {
        Random random = new Random(2020_10_12L);
        List<Person> people = new ArrayList<>();
        int household = 0;
        int sizes = 0;
        while (people.size() < size) {
            int members = Math.min(HOUSEHOLD_SIZES[sizes++ % HOUSEHOLD_SIZES.length], size - people.size());
            household++;
            String[] family = FAMILIES[household % FAMILIES.length];
            String region = REGIONS[household % REGIONS.length];
            boolean singleParent = members >= 2 && household % 5 == 0;
            for (int member = 0; member < members; member++) {
                int number = people.size() + 1;
                boolean woman = member == 1 && !singleParent || singleParent && member == 0 || member >= 2 && random.nextBoolean();
                String[] given = (woman ? WOMEN : MEN)[random.nextInt(10)];
                LocalDate born;
                List<String> vulnerabilities = new ArrayList<>();
                List<String> seatNeeds = new ArrayList<>();
                if (member == 0 && members == 1 && household % 9 == 4) {
                    born = today.minusYears(16).minusDays(random.nextInt(300));
                } else if (member < 2 || members == 1) {
                    born = today.minusYears(22 + random.nextInt(30)).minusDays(random.nextInt(365));
                } else if (member == 6) {
                    born = today.minusYears(67 + random.nextInt(10)).minusDays(random.nextInt(365));
                } else {
                    born = today.minusYears(1 + random.nextInt(15)).minusDays(random.nextInt(365));
                }
                if (singleParent && member == 0) {
                    vulnerabilities.add("SINGLE_PARENT");
                }
                if (woman && member == 1 && household % 4 == 1) {
                    vulnerabilities.add("PREGNANT");
                }
                if (number % 23 == 5) {
                    vulnerabilities.add("SERIOUS_MEDICAL_CONDITION");
                    seatNeeds.add("NEAR_TOILET");
                }
                if (number % 47 == 11) {
                    vulnerabilities.add("DISABILITY");
                    seatNeeds.add("WHEELCHAIR");
                }
                boolean adult = !born.plusYears(18).isAfter(today);
                boolean passportValid = !(adult && number % 31 == 7);
                String familyLatin = woman ? family[0] + "a" : family[0];
                String familyCyrillic = woman ? family[1] + "а" : family[1];
                people.add(new Person(number, household, familyLatin, given[0], familyCyrillic, given[1],
                        woman ? "F" : "M", born, passportValid, List.copyOf(vulnerabilities), List.copyOf(seatNeeds),
                        region));
            }
        }
        int firstWave = 0;
        while (firstWave < people.size() && firstWave < Math.round(size * 68 / 183.0)) {
            firstWave++;
        }
        while (firstWave < people.size() && firstWave > 0
                && people.get(firstWave).household() == people.get(firstWave - 1).household()) {
            firstWave++;
        }
        return new Population(List.copyOf(people), firstWave);
    }

    public List<Person> people() {
        return people;
    }

    /** How many of the people (whole households) reached the checkpoint first. */
    public int firstWave() {
        return firstWave;
    }

    /** The person registered a second time under the Cyrillic spelling (an adult of the first wave). */
    public Person duplicated() {
        return people.stream().filter(p -> p.adult(LocalDate.now()) && p.passportValid() && p.number() > 2)
                .findFirst().orElseThrow();
    }
}
