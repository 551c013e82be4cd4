package org.returnops.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTimeTest {

    @Test
    void anInstantIsKeptToTheMicrosecondAsPostgreSqlStoresIt() {
        Instant withNanos = Instant.parse("2020-10-05T08:30:00.123456789Z");

        assertThat(StoredTime.of(withNanos)).isEqualTo(Instant.parse("2020-10-05T08:30:00.123456Z"));
        assertThat(StoredTime.now(Clock.fixed(withNanos, ZoneOffset.UTC))).isEqualTo(StoredTime.of(withNanos));
        assertThat(StoredTime.now().getNano() % 1_000).isZero();
        assertThat(StoredTime.of(null)).isNull();
    }
}
