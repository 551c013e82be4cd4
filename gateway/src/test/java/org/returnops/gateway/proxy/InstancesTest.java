package org.returnops.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The order in which a service's instances are tried: in turn, a failing one last until its pause is over. */
class InstancesTest {

    private static final URI A = URI.create("http://localhost:1001");
    private static final URI B = URI.create("http://localhost:1002");
    private static final URI C = URI.create("http://localhost:1003");

    private final AtomicLong now = new AtomicLong();
    private final Instances instances = new Instances("registry-service", List.of(A, B, C), Duration.ofSeconds(5),
            now::get);

    @Test
    void eachInstanceComesFirstInTurn() {
        assertThat(instances.inTurn()).containsExactly(A, B, C);
        assertThat(instances.inTurn()).containsExactly(B, C, A);
        assertThat(instances.inTurn()).containsExactly(C, A, B);
        assertThat(instances.inTurn()).containsExactly(A, B, C);
    }

    @Test
    void aFailedInstanceComesLastUntilItsPauseIsOver() {
        instances.failed(A);
        assertThat(instances.inTurn()).containsExactly(B, C, A);
        assertThat(instances.inTurn()).containsExactly(B, C, A);
        assertThat(instances.inTurn()).containsExactly(C, B, A);

        now.addAndGet(Duration.ofSeconds(5).toNanos() + 1);
        assertThat(instances.inTurn()).containsExactly(A, B, C);
    }

    @Test
    void anInstanceThatAnswersTakesItsTurnAgainAtOnce() {
        instances.failed(B);
        instances.answered(B);
        assertThat(instances.inTurn()).containsExactly(A, B, C);
    }

    @Test
    void aServiceNeedsAnInstance() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Instances("registry-service", List.of(),
                Duration.ofSeconds(5))).hasMessageContaining("at least one url");
    }
}
