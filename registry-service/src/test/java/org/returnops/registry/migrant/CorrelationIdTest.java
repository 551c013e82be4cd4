package org.returnops.registry.migrant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceCaseOpened;
import org.returnops.registry.Registrations;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.returnops.testkit.Partners.asOperator;

/**
 * The request's correlation id (X-Request-Id, set by the gateway) and its W3C trace travel on to the event it
 * causes, and the correlation id of an event the service handles is on what it logs meanwhile.
 */
@QuarkusTest
class CorrelationIdTest {

    @Test
    void theEventOfARequestCarriesItsRequestIdAsCorrelationId() {
        String requestId = "abc-" + System.nanoTime();
        String id = asOperator().contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body(Registrations.farrukh())
                .when().post("/api/v1/migrants")
                .then().statusCode(201)
                .header("X-Request-Id", requestId)
                .extract().path("id");

        ConsumerRecord<String, byte[]> record = TopicProbe.ofTestStack()
                .await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no event for " + id));
        assertThat(CloudEventCodec.decode(record.value()).correlationId()).isEqualTo(requestId);
        assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"correlationid\":\"" + requestId + "\"");
        assertThat(TopicProbe.header(record, "correlation-id")).isEqualTo(requestId);
    }

    @Test
    void theEventOfARequestCarriesTheRequestsTraceInItsTraceparentHeader() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = asOperator().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Registrations.farrukh())
                .when().post("/api/v1/migrants")
                .then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, byte[]> record = TopicProbe.ofTestStack()
                .await(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key()), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no event for " + id));
        assertThat(TopicProbe.header(record, "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void whatTheServiceLogsWhileHandlingAnEventCarriesTheEventsCorrelationId() throws Exception {
        String format = ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
        assertThat(format).contains("%X{requestId}");
        PatternFormatter formatter = new PatternFormatter(format);
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.format((ExtLogRecord) record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.returnops.registry.status");
        logger.addHandler(capture);
        try {
            String id = asOperator().contentType(ContentType.JSON).body(Registrations.farrukh())
                    .when().post("/api/v1/migrants").then().statusCode(201).extract().path("id");
            asOperator().contentType(ContentType.JSON).body(Map.of("reason", "found work in Almaty"))
                    .when().post("/api/v1/migrants/" + id + "/withdrawal").then().statusCode(200);
            String flow = "flow-" + System.nanoTime();
            ClearanceCaseOpened late = new ClearanceCaseOpened(UUID.fromString(id), UUID.randomUUID(),
                    List.of(new ClearanceCaseOpened.RequestedClearance("KZ_EXIT", "KZ-MIGRATION")), Instant.now());
            EventSender.asTest().correlated(flow).sendTo(Topics.CONSULAR_CLEARANCES, late, id);

            Waiting.until("the late event is logged").until(() -> lines.stream().anyMatch(line -> line.contains(id)));
            assertThat(lines).filteredOn(line -> line.contains(id))
                    .singleElement().asString().contains("[" + flow + "]").contains("not applied");
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void aRequestWithoutAnIdGetsOneOfItsOwn() {
        asOperator().when().get("/api/v1/sites")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
