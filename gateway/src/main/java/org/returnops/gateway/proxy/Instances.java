package org.returnops.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * The instances of one service and the order to try them in: round-robin over the instances, those that
 * failed within the last {@code pause} put last (tried only when no other is left), so a killed instance
 * stops receiving requests at once and gets them again, unasked, once the pause is over.
 */
public final class Instances {

    private final String service;
    private final List<URI> urls;
    private final long pauseNanos;
    private final LongSupplier clock;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray skippedUntil;

    public Instances(String service, List<URI> urls, Duration pause) {
        this(service, urls, pause, System::nanoTime);
    }

    Instances(String service, List<URI> urls, Duration pause, LongSupplier clock) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("the " + service + " needs at least one url");
        }
        this.service = service;
        this.urls = List.copyOf(urls);
        this.pauseNanos = pause.toNanos();
        this.clock = clock;
        this.skippedUntil = new AtomicLongArray(urls.size());
    }

    /** The service's name as operators know it. */
    public String service() {
        return service;
    }

    public List<URI> all() {
        return urls;
    }

    /** Every instance, once each: the next in turn first, the ones failing of late at the end. */
    public List<URI> inTurn() {
        int size = urls.size();
        int first = Math.floorMod(next.getAndIncrement(), size);
        long now = clock.getAsLong();
        List<URI> healthy = new ArrayList<>(size);
        List<URI> failing = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int index = (first + i) % size;
            (skippedUntil.get(index) - now > 0 ? failing : healthy).add(urls.get(index));
        }
        healthy.addAll(failing);
        return healthy;
    }

    /** The instance could not be reached or dropped the connection: skip it for the pause. */
    public void failed(URI url) {
        int index = urls.indexOf(url);
        if (index >= 0) {
            skippedUntil.set(index, clock.getAsLong() + pauseNanos);
        }
    }

    /** The instance answered: it takes its turn again at once. */
    public void answered(URI url) {
        int index = urls.indexOf(url);
        if (index >= 0 && skippedUntil.get(index) != 0) {
            skippedUntil.set(index, 0);
        }
    }
}
