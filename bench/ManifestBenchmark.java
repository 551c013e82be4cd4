import org.returnops.transport.manifest.ManifestPacker;
import org.returnops.transport.manifest.Packing;
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
 * Manifest packing time: the pure ManifestPacker (what POST /api/v1/convoys/{id}/manifest runs between reading the
 * pool and writing the seats) on P eligible people in households of 1 to 7, with the vulnerability mix of the 2020
 * case (elderly, wheelchair users, unaccompanied children, pregnant women...), into V vehicles (45-seat buses with
 * every fourth carrying an escort, and every tenth an accessible 16-seat minibus with 4 accessible seats).
 *
 * <p>Runs W warm-up packs, then R measured ones; prints p50 and max against the target p50 ≤ 1 s, and what the
 * packing did (seated, left over). No database, no HTTP: the figure is the algorithm's.
 *
 * <p>bench/manifest.sh [P] [V] [R] [W] (defaults 10000 250 20 5).
 */
public class ManifestBenchmark {

    private static final String[] VULNERABILITIES = {"ELDERLY", "PREGNANT", "SERIOUS_MEDICAL_CONDITION", "DISABILITY",
            "TRAFFICKING_VICTIM", "SINGLE_PARENT"};

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int vehicleCount = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Instant departure = Instant.parse("2020-10-20T05:00:00Z");
        List<Passenger> pool = pool(people, departure, new SplittableRandom(2020));
        List<Vehicle> vehicles = vehicles(vehicleCount);
        int seats = vehicles.stream().mapToInt(Vehicle::seats).sum();
        System.out.printf("pool: %,d people in %,d households; %d vehicles with %,d seats%n", pool.size(),
                pool.stream().map(p -> p.householdId() == null ? p.id() : p.householdId()).distinct().count(),
                vehicles.size(), seats);

        Packing packing = null;
        for (int i = 0; i < warmUp; i++) {
            packing = ManifestPacker.pack(pool, vehicles, departure);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            packing = ManifestPacker.pack(pool, vehicles, departure);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("seated %,d, left in the pool %,d%n", packing.seats().size(), packing.leftOver().size());
        System.out.printf("%d runs after %d warm-up: p50 %.1f ms, max %.1f ms, min %.1f ms (target p50 <= 1000 ms)%n",
                runs, warmUp, ms(nanos[runs / 2]), ms(nanos[runs - 1]), ms(nanos[0]));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
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
