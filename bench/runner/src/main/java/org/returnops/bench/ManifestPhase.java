package org.returnops.bench;

import org.returnops.transport.manifest.ManifestPacker;
import org.returnops.transport.manifest.Passenger;
import org.returnops.transport.manifest.Vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The transport service's {@code ManifestPacker} alone (what {@code POST /api/v1/convoys/{id}/manifest} runs
 * between reading the pool and writing the seats), in this JVM: 10,000 eligible people in households of 1 to 7
 * with the vulnerability mix of the 2020 operation, into 250 vehicles.
 */
final class ManifestPhase {

    private static final String[] VULNERABILITIES = {"ELDERLY", "PREGNANT", "SERIOUS_MEDICAL_CONDITION",
            "DISABILITY", "TRAFFICKING_VICTIM", "SINGLE_PARENT"};

    private ManifestPhase() {
    }

    /** Median milliseconds of {@code runs} packings after {@code warmUp}. */
    static double medianMillis(int people, int vehicleCount, int runs, int warmUp) {
        Instant departure = Instant.parse("2020-10-20T05:00:00Z");
        List<Passenger> pool = pool(people, departure, new SplittableRandom(2020));
        List<Vehicle> vehicles = vehicles(vehicleCount);
        for (int i = 0; i < warmUp; i++) {
            ManifestPacker.pack(pool, vehicles, departure);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ManifestPacker.pack(pool, vehicles, departure);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }

    private static List<Passenger> pool(int size, Instant departure, SplittableRandom random) {
        List<Passenger> pool = new ArrayList<>(size);
        LocalDate today = LocalDate.parse("2020-10-20");
        while (pool.size() < size) {
            int members = Math.min(1 + random.nextInt(7), size - pool.size());
            UUID household = members == 1 ? null : new UUID(random.nextLong(), random.nextLong());
            for (int m = 0; m < members; m++) {
                Set<String> vulnerabilities = new HashSet<>();
                Set<String> needs = new HashSet<>();
                int age = m < 2 ? 18 + random.nextInt(60) : 1 + random.nextInt(17);
                if (members == 1 && random.nextInt(60) == 0) {
                    age = 12 + random.nextInt(6);
                    vulnerabilities.add("UNACCOMPANIED_CHILD");
                } else if (random.nextInt(12) == 0) {
                    vulnerabilities.add(VULNERABILITIES[random.nextInt(VULNERABILITIES.length)]);
                }
                if (random.nextInt(150) == 0) {
                    needs.add(random.nextBoolean() ? "WHEELCHAIR" : "LYING_POSITION");
                } else if (random.nextInt(80) == 0) {
                    needs.add("NEAR_TOILET");
                }
                pool.add(new Passenger(new UUID(random.nextLong(), random.nextLong()), household, vulnerabilities,
                        needs, today.minusYears(age), true, departure.minusSeconds(random.nextInt(2_000_000)),
                        random.nextInt(20) == 0 ? departure.plusSeconds(86_400) : null));
            }
        }
        return pool;
    }

    private static List<Vehicle> vehicles(int count) {
        List<Vehicle> vehicles = new ArrayList<>(count);
        for (int v = 0; v < count; v++) {
            UUID id = new UUID(0xB05L, v);
            vehicles.add(v % 10 == 9 ? new Vehicle(id, 16, 4, true) : new Vehicle(id, 45, 0, v % 4 == 0));
        }
        return vehicles;
    }
}
