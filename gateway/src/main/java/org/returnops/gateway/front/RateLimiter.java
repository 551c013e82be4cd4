package org.returnops.gateway.front;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per partner: {@code burst} requests at once, refilled at {@code perSecond}. No
 * library for this resolves from the registries this project uses (bucket4j is not among them), and
 * the rule is a dozen lines; buckets that are full again are dropped when many have gathered, so
 * one-off client addresses do not pile up.
 */
final class RateLimiter {

    private static final int EVICT_ABOVE = 10_000;

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate limit needs perSecond > 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one request from the key's bucket.
     *
     * @return 0 when the request may pass, else the whole seconds until it would (at least 1)
     */
    long acquire(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > EVICT_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    }

    private final class Bucket {

        private double tokens = burst;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            double elapsed = (now - updated) / (double) TimeUnit.SECONDS.toNanos(1);
            tokens = Math.min(burst, tokens + elapsed * perSecond);
            updated = now;
        }
    }
}
