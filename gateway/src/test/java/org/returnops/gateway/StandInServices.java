package org.returnops.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.returnops.gateway.front.EchoService;
import org.returnops.gateway.proxy.DroppingInstance;
import org.returnops.gateway.proxy.TwoInstances;

import java.util.List;
import java.util.Map;

/**
 * One gateway for the tests of how it passes requests on, in front of three stand-ins: two registry instances
 * ({@link TwoInstances}), a consular service that echoes what it receives ({@link EchoService}) and a transport
 * instance that drops every connection with the request in hand ({@link DroppingInstance}). Rate limits high enough
 * not to matter. The test classes that share it share one start of the application.
 */
public class StandInServices implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.rate-limit.burst", "1000", "gateway.rate-limit.per-second", "1000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TwoInstances.class),
                new TestResourceEntry(EchoService.class, Map.of(EchoService.SERVICE, "consular")),
                new TestResourceEntry(DroppingInstance.class));
    }
}
