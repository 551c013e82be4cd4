package org.returnops.transport.convoy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.events.ManifestConfirmed;
import org.returnops.contracts.events.MigrantCleared;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.transport.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.transport.Fixtures.DEPARTURE;
import static org.returnops.testkit.Partners.asOperator;
import static org.returnops.transport.Fixtures.cleared;
import static org.returnops.transport.Fixtures.convoy;
import static org.returnops.transport.Fixtures.registered;
import static org.returnops.transport.Fixtures.vehicle;

/**
 * The October 2020 case: 180 cleared people at Zhibek Zholy in households of 1 to 7, with wheelchair users, a
 * person who must lie down, unaccompanied and separated children, elderly, pregnant women and single parents;
 * four buses of 45 seats and one accessible minibus. Everyone is seated, households together, vulnerable people
 * first; with one bus fewer, only people from households without a vulnerable member stay behind.
 */
@QuarkusTest
class ReturnOf180Test {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject Fixtures fixtures;

    private final List<MigrantRegistered> people = new ArrayList<>();

    @BeforeEach
    void registerAndClearThe180() {
        fixtures.emptyPool();
        Random random = new Random(2020_10_20L);
        household(random, List.of(member(70, "ELDERLY", "WHEELCHAIR"), adult(), adult(), child(9), child(6)));
        household(random, List.of(member(44, "DISABILITY", "WHEELCHAIR"), adult(), child(12)));
        household(random, List.of(member(58, "SERIOUS_MEDICAL_CONDITION", "LYING_POSITION")));
        household(random, List.of(member(15, "UNACCOMPANIED_CHILD", null)));
        household(random, List.of(member(16, "UNACCOMPANIED_CHILD", null)));
        household(random, List.of(member(14, "UNACCOMPANIED_CHILD", "ESCORT")));
        household(random, List.of(member(11, "SEPARATED_CHILD", null), adult()));
        household(random, List.of(child(17), child(13)));
        household(random, List.of(member(29, "PREGNANT", null), adult(), child(4)));
        household(random, List.of(member(34, "SINGLE_PARENT", null), child(10), child(8), child(5), child(2)));
        household(random, List.of(member(67, "ELDERLY", null), member(69, "ELDERLY", null)));
        household(random, List.of(member(26, "TRAFFICKING_VICTIM", null)));
        household(random, List.of(member(52, "SERIOUS_MEDICAL_CONDITION", "NEAR_TOILET"), adult()));
        while (people.size() < 180) {
            int size = Math.min(1 + random.nextInt(7), 180 - people.size());
            List<Member> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                members.add(m < 2 ? adult() : child(1 + random.nextInt(16)));
            }
            household(random, members);
        }
        List<MigrantCleared> clearances = people.stream().map(p -> cleared(p.migrantId(), null)).toList();
        fixtures.sendAll(people, r -> ((MigrantRegistered) r).migrantId());
        fixtures.sendAll(clearances, r -> ((MigrantCleared) r).migrantId());
        fixtures.awaitEligible(people.stream().map(MigrantRegistered::migrantId).toList());
    }

    private record Member(int age, String vulnerability, String seatNeed) {
    }

    private static Member adult() {
        return new Member(30, null, null);
    }

    private static Member child(int age) {
        return new Member(age, null, null);
    }

    private static Member member(int age, String vulnerability, String seatNeed) {
        return new Member(age, vulnerability, seatNeed);
    }

    private void household(Random random, List<Member> members) {
        UUID household = members.size() == 1 ? null : new UUID(random.nextLong(), random.nextLong());
        for (Member member : members) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            people.add(registered(id, household, TODAY.minusYears(member.age()).minusDays(30),
                    member.vulnerability() == null ? List.of() : List.of(member.vulnerability()),
                    member.seatNeed() == null ? List.of() : List.of(member.seatNeed())));
        }
    }

    private static UUID householdOf(MigrantRegistered person) {
        return person.householdId() == null ? person.migrantId() : person.householdId();
    }

    private Set<UUID> vulnerableHouseholds() {
        Set<UUID> households = new HashSet<>();
        people.stream().filter(p -> !p.vulnerabilities().isEmpty() || !p.seatNeeds().isEmpty()
                || p.dateOfBirth().plusYears(18).isAfter(TODAY)
                && people.stream().filter(o -> householdOf(o).equals(householdOf(p)))
                        .allMatch(o -> o.dateOfBirth().plusYears(18).isAfter(TODAY)))
                .forEach(p -> households.add(householdOf(p)));
        return households;
    }

    @Test
    void fourBusesAndAMinibusTakeEveryoneHouseholdsTogetherVulnerablePeopleFirst() {
        String[] buses = {vehicle(45, 0), vehicle(45, 0), vehicle(45, 0), vehicle(45, 0)};
        String minibus = vehicle(16, 4);

        String tight = convoy("KZ-UZ-TJ-KHUJAND", DEPARTURE, List.of(new String[] {buses[0], "A. Nurlanova"},
                new String[] {buses[1], "B. Saidova"}, new String[] {buses[2]}, new String[] {minibus, "M. Rahimova"}));
        JsonPath short1 = asOperator().when().post("/api/v1/convoys/" + tight + "/manifest").then().statusCode(201)
                .extract().jsonPath();
        Set<UUID> vulnerable = vulnerableHouseholds();
        Map<UUID, MigrantRegistered> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.migrantId(), p));
        assertThat(short1.getInt("assigned")).isLessThanOrEqualTo(151).isGreaterThan(140);
        assertThat(short1.getList("leftOver.migrantId", String.class)).isNotEmpty().allSatisfy(id ->
                assertThat(vulnerable).doesNotContain(householdOf(byId.get(UUID.fromString(id)))));
        assertThat(short1.getList("leftOver.reason", String.class)).allSatisfy(reason ->
                assertThat(reason).isIn("NO_SEATS_LEFT", "HOUSEHOLD_WOULD_BE_SPLIT"));
        asOperator().contentType(ContentType.JSON).body(Map.of("reason", "a fourth bus was found"))
                .when().post("/api/v1/convoys/" + tight + "/cancellation").then().statusCode(200);

        String id = convoy("KZ-UZ-TJ-KHUJAND", DEPARTURE, List.of(new String[] {buses[0], "A. Nurlanova"},
                new String[] {buses[1], "B. Saidova"}, new String[] {buses[2]}, new String[] {buses[3]},
                new String[] {minibus, "M. Rahimova"}));
        JsonPath built = asOperator().when().post("/api/v1/convoys/" + id + "/manifest").then().statusCode(201)
                .extract().jsonPath();

        assertThat(built.getInt("assigned")).isEqualTo(180);
        assertThat(built.getList("leftOver")).isEmpty();
        Map<UUID, String> vehicleOf = new HashMap<>();
        Map<UUID, Integer> seatOf = new HashMap<>();
        Map<UUID, Boolean> accessibleSeat = new HashMap<>();
        Map<String, Boolean> escortAboard = new HashMap<>();
        for (int v = 0; v < 5; v++) {
            String vehicle = built.getString("manifest.vehicles[" + v + "].vehicleId");
            escortAboard.put(vehicle, built.getString("manifest.vehicles[" + v + "].escort") != null);
            List<Map<String, Object>> seats = built.getList("manifest.vehicles[" + v + "].passengers");
            assertThat(seats.size()).isLessThanOrEqualTo(built.getInt("manifest.vehicles[" + v + "].seats"));
            assertThat(seats.stream().map(s -> s.get("seat")).distinct().count()).isEqualTo(seats.size());
            for (Map<String, Object> seat : seats) {
                UUID person = UUID.fromString((String) seat.get("migrantId"));
                vehicleOf.put(person, vehicle);
                seatOf.put(person, (Integer) seat.get("seat"));
                accessibleSeat.put(person, (Boolean) seat.get("accessible"));
            }
        }
        assertThat(vehicleOf).hasSize(180);
        Map<UUID, String> householdVehicle = new HashMap<>();
        for (MigrantRegistered person : people) {
            String vehicle = vehicleOf.get(person.migrantId());
            assertThat(householdVehicle.putIfAbsent(householdOf(person), vehicle)).as("household together")
                    .isIn(null, vehicle);
            if (person.seatNeeds().contains("WHEELCHAIR") || person.seatNeeds().contains("LYING_POSITION")) {
                assertThat(vehicle).isEqualTo(minibus);
                assertThat(accessibleSeat.get(person.migrantId())).as("accessible seat").isTrue();
            }
            if (person.vulnerabilities().contains("UNACCOMPANIED_CHILD")
                    || person.vulnerabilities().contains("SEPARATED_CHILD") || person.seatNeeds().contains("ESCORT")) {
                assertThat(escortAboard.get(vehicle)).as("escort aboard for " + person.vulnerabilities()).isTrue();
            }
        }
        for (String vehicle : escortAboard.keySet()) {
            List<MigrantRegistered> aboard = people.stream()
                    .filter(p -> vehicle.equals(vehicleOf.get(p.migrantId())))
                    .filter(p -> !p.seatNeeds().contains("NEAR_TOILET")).toList();
            int lastVulnerable = aboard.stream().filter(p -> vulnerable.contains(householdOf(p)))
                    .mapToInt(p -> seatOf.get(p.migrantId())).max().orElse(0);
            int firstOther = aboard.stream().filter(p -> !vulnerable.contains(householdOf(p)))
                    .mapToInt(p -> seatOf.get(p.migrantId())).min().orElse(Integer.MAX_VALUE);
            assertThat(lastVulnerable).as("vulnerable households seated in front in " + vehicle)
                    .isLessThan(firstOther);
        }

        String csv = asOperator().when().get("/api/v1/convoys/" + id + "/manifest.csv").then().statusCode(200).extract()
                .asString();
        assertThat(csv.split("\r\n")).hasSize(181);
        asOperator().when().post("/api/v1/convoys/" + id + "/manifest/confirmation").then().statusCode(200);
        assertThat(fixtures.events(ManifestConfirmed.class, e -> e.convoyId().toString().equals(id), 1).get(0)
                .passengerCount()).isEqualTo(180);
    }
}
