package org.returnops.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite's service processes as the run command left them in its data folder: their pid files, their
 * resident memory, the start time each logged, and the JVM options they run with.
 */
final class SuiteProcesses {

    static final List<String> SERVICES = List.of("registry-service", "consular-service", "transport-service",
            "gateway");
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final Path data;

    SuiteProcesses(Path data) {
        this.data = data;
    }

    Optional<Long> pid(String service) {
        try {
            return Optional.of(Long.parseLong(Files.readString(data.resolve("pids").resolve(service + ".pid")).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Resident memory per service in MB (services without a pid file are left out). */
    Map<String, Long> residentMegabytes() {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String service : SERVICES) {
            pid(service).flatMap(SuiteProcesses::residentMegabytes).ifPresent(mb -> rss.put(service, mb));
        }
        return rss;
    }

    static Optional<Long> residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * CPU seconds (user + system) used so far by the services' and the broker's JVMs together: on a machine
     * shared with other work, CPU per request compares settings better than requests per second.
     */
    double cpuSeconds() {
        double total = 0;
        for (String service : SERVICES) {
            total += pid(service).map(SuiteProcesses::cpuSeconds).orElse(0.0);
        }
        try {
            total += cpuSeconds(Long.parseLong(Files.readString(data.resolve("kafka").resolve("kafka.pid")).trim()));
        } catch (IOException | NumberFormatException e) {
            // no broker pid file: the broker is not counted
        }
        return total;
    }

    /** CPU seconds of one process, from {@code /proc/<pid>/stat} (clock ticks of 1/100 s). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The last "started in" of each service's log: its start as Quarkus counts it, in seconds. */
    Map<String, Double> startSeconds() {
        Map<String, Double> started = new LinkedHashMap<>();
        for (String service : SERVICES) {
            try {
                Matcher matcher = STARTED.matcher(Files.readString(data.resolve("logs").resolve(service + ".log")));
                Double last = null;
                while (matcher.find()) {
                    last = Double.parseDouble(matcher.group(1));
                }
                if (last != null) {
                    started.put(service, last);
                }
            } catch (IOException e) {
                // no log: the service was not started from this data folder
            }
        }
        return started;
    }

    /**
     * The JVM options the registry runs with, less its class-data archive and the launcher's marker: what the
     * bare peer is started with, so that the two compare like with like.
     */
    List<String> serviceJavaOptions() {
        List<String> options = new ArrayList<>();
        Optional<Long> pid = pid("registry-service");
        if (pid.isEmpty()) {
            return options;
        }
        try {
            String[] arguments = new String(Files.readAllBytes(Path.of("/proc", pid.get().toString(), "cmdline")),
                    StandardCharsets.UTF_8).split("\0");
            for (int i = 1; i < arguments.length && !arguments[i].equals("-jar"); i++) {
                String option = arguments[i];
                if (!option.contains("SharedArchiveFile") && !option.contains("ArchiveClassesAtExit")
                        && !option.contains("AOTCache") && !option.startsWith("-Dreturnops.")) {
                    options.add(option);
                }
            }
        } catch (IOException e) {
            return options;
        }
        return options;
    }
}
