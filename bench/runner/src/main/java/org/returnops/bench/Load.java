package org.returnops.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/** Load shapes: a fixed number in flight for a while (closed loop), or a fixed rate (open loop). */
final class Load {

    private Load() {
    }

    /** What one phase of load got back. */
    static final class Result {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        final Map<Integer, Integer> failures = new ConcurrentHashMap<>();
        volatile String firstFailure;
        double seconds;
        long lastAnswerNanos;

        double rate() {
            return nanos.size() / seconds;
        }

        /** Latency percentile in milliseconds. */
        double percentile(double p) {
            List<Long> sorted = new ArrayList<>(nanos);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
        }

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        String failureSummary() {
            return failures.isEmpty() ? "" : " (failed " + failures + ", first: " + abbreviate(firstFailure) + ")";
        }
    }

    /** Keeps {@code inFlight} requests open for {@code seconds}; a request's body comes from its index. */
    static Result closed(SuiteClient client, String url, int inFlight, int seconds, LongFunction<String> body,
            AtomicLong index) throws InterruptedException {
        Result result = new Result();
        Semaphore slots = new Semaphore(inFlight);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            slots.acquire();
            send(client, url, body.apply(index.getAndIncrement()), result).whenComplete((a, e) -> slots.release());
        }
        slots.acquire(inFlight);
        result.seconds = (System.nanoTime() - start) / 1e9;
        return result;
    }

    /** Sends {@code rate} requests a second for {@code seconds}, whatever the answers, and waits for them all. */
    static Result fixedRate(SuiteClient client, String url, int rate, int seconds, LongFunction<String> body,
            AtomicLong index) throws InterruptedException {
        Result result = new Result();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            pending.add(send(client, url, body.apply(index.getAndIncrement()), result));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        result.seconds = (System.nanoTime() - start) / 1e9;
        return result;
    }

    private static CompletableFuture<?> send(SuiteClient client, String url, String body, Result result) {
        long sent = System.nanoTime();
        return client.post(url, body).handle((answer, error) -> {
            long now = System.nanoTime();
            synchronized (result) {
                result.lastAnswerNanos = Math.max(result.lastAnswerNanos, now);
            }
            if (error == null && answer.status() == 201) {
                result.nanos.add(now - sent);
                if (answer.id() != null) {
                    result.ids.add(answer.id());
                }
            } else {
                int status = error == null ? answer.status() : -1;
                result.failures.merge(status, 1, Integer::sum);
                if (result.firstFailure == null) {
                    result.firstFailure = error == null ? answer.body() : error.toString();
                }
            }
            return null;
        });
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
