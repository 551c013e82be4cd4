package org.returnops.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the run command's services up: a service that exits on its own (a crash, the kernel's OOM killer)
 * is started again as it was started, after a backoff that doubles from {@link #FIRST_BACKOFF} to
 * {@link #MAX_BACKOFF} while it keeps failing and starts over once it has stayed up {@link #STABLE_AFTER}.
 * Each exit and restart is a progress line. Nothing accepted meanwhile is lost: the other services keep
 * their events in their outboxes and on the broker, and the restarted service consumes from its
 * committed offsets. {@link #close()} ends supervision before the suite is stopped, so Ctrl-C stops
 * everything and nothing is started again behind it.
 */
public final class Supervisor implements AutoCloseable {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration STABLE_AFTER = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 250;

    /** What is supervised: the suite, or in tests any set of processes started the same way. */
    public interface Target {
        List<String> names();

        ManagedProcess process(String name);

        /** Starts the exited process again as it was first started, without waiting for it. */
        void relaunch(String name);

        /** Waits until the process answers its readiness check; throws {@link StackException} if it does not. */
        void awaitReady(String name);
    }

    private final Target target;
    private final PrintStream out;
    private final Object launching = new Object();
    private final Map<String, Backoff> backoffs = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    private Supervisor(Target target, PrintStream out) {
        this.target = target;
        this.out = out;
        long now = System.nanoTime();
        target.names().forEach(name -> backoffs.put(name, new Backoff(now)));
        this.thread = new Thread(this::watch, "suite-supervisor");
        this.thread.setDaemon(true);
    }

    /** Starts supervising the target's processes, printing each exit and restart to {@code out}. */
    public static Supervisor start(Target target, PrintStream out) {
        Supervisor supervisor = new Supervisor(target, out);
        supervisor.thread.start();
        return supervisor;
    }

    /** Ends supervision; a restart under way finishes its launch first, so the caller can then stop it. */
    @Override
    public void close() {
        closed = true;
        synchronized (launching) {
            thread.interrupt();
        }
    }

    private void watch() {
        while (!closed) {
            for (String name : target.names()) {
                if (closed) {
                    return;
                }
                check(name, backoffs.get(name));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void check(String name, Backoff backoff) {
        ManagedProcess process = target.process(name);
        long now = System.nanoTime();
        if (process.isAlive()) {
            if (backoff.failures > 0 && now - backoff.upSince > STABLE_AFTER.toNanos()) {
                backoff.failures = 0;
            }
            return;
        }
        if (backoff.restartAt == 0) {
            Duration delay = backoff.delay();
            backoff.restartAt = now + delay.toNanos();
            print(String.format(Locale.ROOT, "%s exited with code %d; starting it again in %d s (see %s)", name,
                    process.exitCode().orElse(-1), delay.toSeconds(), process.log()));
            return;
        }
        if (now < backoff.restartAt) {
            return;
        }
        synchronized (launching) {
            if (closed) {
                return;
            }
            target.relaunch(name);
        }
        backoff.restartAt = 0;
        backoff.failures++;
        long started = System.nanoTime();
        try {
            target.awaitReady(name);
            backoff.upSince = System.nanoTime();
            print(String.format(Locale.ROOT, "%s started again, ready in %.1f s", name,
                    (System.nanoTime() - started) / 1e9));
        } catch (StackException e) {
            if (!closed) {
                print(name + " did not come back: " + e.getMessage());
            }
        }
    }

    private void print(String line) {
        if (!closed) {
            out.println(line);
            out.flush();
        }
    }

    /** Per process: how often it failed in a row, when it came up, when it is due to start again. */
    private static final class Backoff {
        int failures;
        long upSince;
        long restartAt;

        Backoff(long upSince) {
            this.upSince = upSince;
        }

        Duration delay() {
            long seconds = FIRST_BACKOFF.toSeconds() << Math.min(failures, 5);
            return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
        }
    }
}
