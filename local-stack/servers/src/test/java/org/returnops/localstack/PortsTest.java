package org.returnops.localstack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ports chosen for the servers of a test suite, which are bound only seconds after they are chosen. */
class PortsTest {

    @Test
    void freePortsLieBelowTheEphemeralRangeAreNeverRepeatedAndCanBeBound() throws Exception {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ports.add(Ports.free());
        }

        assertThat(ports).hasSize(50).allMatch(port -> port >= 15_000 && port < Ports.ephemeralStart());
        int any = ports.iterator().next();
        try (ServerSocket bound = new ServerSocket(any, 1, InetAddress.getLoopbackAddress())) {
            assertThat(bound.getLocalPort()).isEqualTo(any);
        }
    }

    @Test
    void aPortSomeoneListensOnIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.inUse(taken.getLocalPort())).isTrue();
        }
    }
}
