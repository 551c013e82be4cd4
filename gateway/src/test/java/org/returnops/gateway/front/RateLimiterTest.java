package org.returnops.gateway.front;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private final AtomicLong clock = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(2, 3, clock::get);

    @Test
    void aBurstPassesThenTheCallerWaitsForTheNextToken() {
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
        assertThat(limiter.acquire("b")).as("another partner has its own bucket").isZero();
    }

    @Test
    void tokensComeBackAtTheRateAndNeverBeyondTheBurst() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(limiter.acquire("a")).as("one token after half a second at 2/s").isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
        clock.addAndGet(TimeUnit.HOURS.toNanos(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void aSlowRateAsksForALongerWait() {
        RateLimiter slow = new RateLimiter(0.1, 1, clock::get);
        assertThat(slow.acquire("a")).isZero();
        assertThat(slow.acquire("a")).isEqualTo(10);
    }

    @Test
    void aLimitThatAllowsNothingIsRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, 1, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
