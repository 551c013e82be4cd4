package org.returnops.gateway.front;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.returnops.gateway.StandInServices;
import org.returnops.gateway.auth.PartnerTokens;
import org.returnops.gateway.proxy.GatewayConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many requests to one service are passed on at the same time, not queued behind a handful of
 * connections: the stand-in service answers only once twenty requests are in at once.
 */
@QuarkusTest
@TestProfile(StandInServices.class)
class ConnectionPoolTest {

    @Inject PartnerTokens tokens;

    @Inject GatewayConfig config;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void twentyRequestsAtOnceReachTheServiceTogether() {
        assertThat(config.connectionsPerService()).isGreaterThanOrEqualTo(EchoService.TOGETHER);
        String bearer = "Bearer " + tokens.issue("operator", config.partners().get("operator")).token();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + EchoService.TOGETHER_PATH))
                .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).build();

        List<Integer> statuses = IntStream.range(0, EchoService.TOGETHER)
                .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .toList().stream()
                .map(CompletableFuture::join)
                .map(HttpResponse::statusCode)
                .toList();

        assertThat(statuses).hasSize(EchoService.TOGETHER).containsOnly(200);
    }
}
