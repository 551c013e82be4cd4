package org.returnops.gateway.front;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The gateway in front of the {@link EchoService} stand-in registry, with small limits: a burst of
 * {@link #BURST} requests per partner, hardly any refill, 1 KiB bodies. Shared by the tests of the front
 * door, so Quarkus starts once for all of them; each test calls as partners of its own, so the buckets of
 * one test do not touch another's.
 */
public class FrontDoorProfile implements QuarkusTestProfile {

    /** Requests a partner may make at once: exactly the {@link EchoService#TOGETHER} the pool test sends. */
    public static final int BURST = EchoService.TOGETHER;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.rate-limit.burst", Integer.toString(BURST), "gateway.rate-limit.per-second", "0.001",
                "gateway.max-body-size", "1K");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EchoService.class));
    }
}
