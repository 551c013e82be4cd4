package org.returnops.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A child process of the local stack with a pid file, a log file and an orderly stop.
 *
 * <p>Each child gets its own session (where {@code setsid} exists) so that Ctrl-C in the terminal
 * reaches only the launcher, which then stops the children in order: services first, then the broker,
 * then PostgreSQL. The pid file and a marker on the command line let the next start find and stop a
 * child that outlived a launcher killed with SIGKILL, without touching an unrelated process that
 * happens to reuse the pid.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path pidFile;
    private final Path log;
    /** Where this run's lines begin in the log, which keeps the lines of earlier runs above them. */
    private final long logStart;

    private ManagedProcess(String name, Process process, Path pidFile, Path log, long logStart) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
        this.log = log;
        this.logStart = logStart;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
            Path pidDirectory, Path log) {
        List<String> fullCommand = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(pidDirectory);
            Files.createDirectories(log.getParent());
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pidFile = pidDirectory.resolve(name + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ManagedProcess(name, process, pidFile, log, logStart);
        } catch (IOException e) {
            throw new StackException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /**
     * What the log says went wrong, for a message about a failed start: the first lines of this run reporting an error
     * (or, when none does, its last lines), each cut to one screen line, so that a failure far away (CI) names its
     * cause. Earlier runs' lines in the same log are left out.
     */
    public String logExcerpt() {
        List<String> lines;
        try {
            byte[] text = Files.readAllBytes(log);
            int from = (int) Math.min(logStart, text.length);
            lines = new String(text, from, text.length - from, StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException unreadable) {
            return "";
        }
        List<String> errors = lines.stream()
                .filter(line -> line.contains("ERROR") || line.contains("Exception:") || line.contains("FATAL"))
                .limit(4)
                .toList();
        List<String> excerpt = errors.isEmpty() ? lines.subList(Math.max(0, lines.size() - 8), lines.size()) : errors;
        StringBuilder text = new StringBuilder();
        excerpt.forEach(line -> text.append(System.lineSeparator()).append("  | ")
                .append(line.length() > 400 ? line.substring(0, 400) + " …" : line));
        return text.toString();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** Asks the process to stop (SIGTERM), waits up to the grace period, then kills it. */
    public void stop(Duration grace) {
        stopHandle(process.toHandle(), grace);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a pid file left behind is checked against the marker on the next start
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    /** Kills the process without warning (SIGKILL), as a crash would, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Freezes the process (SIGSTOP): it holds its sockets open but answers nothing, as a hung server would. */
    public void pause() {
        signal("STOP");
    }

    /** Lets a paused process run again (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new StackException("kill -" + signal + " " + process.pid() + " (" + name + ") exited with " + exit);
            }
        } catch (IOException e) {
            throw new StackException("could not signal " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops every process named by a pid file in the folder whose command line carries the marker,
     * all at once, and removes the pid files.
     *
     * @return the names of the processes that were still running
     */
    public static List<String> stopStale(Path pidDirectory, String marker, Duration grace) {
        List<String> stopped = new ArrayList<>();
        if (!Files.isDirectory(pidDirectory)) {
            return stopped;
        }
        List<ProcessHandle> handles = new ArrayList<>();
        try (Stream<Path> files = Files.list(pidDirectory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                readPid(file).flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(h -> h.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                        .ifPresent(h -> {
                            handles.add(h);
                            stopped.add(file.getFileName().toString().replace(".pid", ""));
                        });
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StackException("could not read the pid files in " + pidDirectory + ": " + e.getMessage(), e);
        }
        handles.forEach(ProcessHandle::destroy);
        handles.forEach(h -> stopHandle(h, grace));
        return stopped;
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stopHandle(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception timedOut) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the kernel reaps it; nothing more can be done from here
            }
        }
    }
}
