package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.ClearanceDecision;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The authorities deciding the scenario's clearances from their queues: over the API with their own tokens, or,
 * for the Tajik embassy, over its own decisions topic on Kafka.
 */
final class AuthorityDecisions {

    private final GatewayClient gateway;
    private final Map<String, Object> embassyKafka;
    private final Map<String, String> deciders;
    private final Consumer<String> log;

    AuthorityDecisions(GatewayClient gateway, Map<String, Object> embassyKafka, Map<String, String> deciders,
            Consumer<String> log) {
        this.gateway = gateway;
        this.embassyKafka = embassyKafka;
        this.deciders = deciders;
        this.log = log;
    }

    private List<JsonNode> queue(String authority, Set<String> scenarioPeople) {
        List<JsonNode> entries = new ArrayList<>();
        gateway.get(deciders.get(authority), "/api/v1/authorities/" + authority + "/queue")
                .expectOk(authority + "'s queue")
                .forEach(entry -> {
                    if (scenarioPeople.contains(entry.path("migrantId").asText())) {
                        entries.add(entry);
                    }
                });
        return entries;
    }

    void overRest(String authority, Set<String> scenarioPeople, UUID denied) {
        List<JsonNode> entries = queue(authority, scenarioPeople);
        entries.parallelStream().forEach(entry -> {
            boolean deny = "UZ-BORDER".equals(authority) && entry.path("migrantId").asText().equals(denied.toString());
            Map<String, Object> decision = deny
                    ? Map.of("outcome", "DENIED", "reason", "entry ban on record at the Gisht Kuprik post")
                    : Map.of("outcome", "GRANTED", "referenceNumber", authority + "-" + entry.get("id").asText()
                            .substring(0, 8).toUpperCase(java.util.Locale.ROOT));
            GatewayClient.Reply reply = gateway.post(deciders.get(authority), "/api/v1/clearances/"
                    + entry.get("id").asText() + "/decision", decision);
            if (reply.status() != 409) {
                reply.expectOk(authority + " deciding " + entry.get("id").asText());
            }
        });
        log.accept("   " + authority + " decided " + entries.size() + " over the API");
    }

    /**
     * The Tajik embassy's own system answers on its own decisions topic, logged in as itself, one decision id
     * per clearance.
     */
    void overKafka(Set<String> scenarioPeople) {
        List<JsonNode> entries = queue("TJ-EMBASSY-KZ", scenarioPeople);
        Properties config = new Properties();
        config.putAll(embassyKafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (JsonNode entry : entries) {
                UUID clearanceId = UUID.fromString(entry.get("id").asText());
                ClearanceDecision decision = new ClearanceDecision(
                        UUID.nameUUIDFromBytes(("tj-embassy:" + clearanceId).getBytes(StandardCharsets.UTF_8)),
                        clearanceId, "TJ-EMBASSY-KZ", "GRANTED", null,
                        "TJ-NAT-" + clearanceId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), null,
                        "Embassy of Tajikistan, consular section", Instant.now());
                EventEnvelope envelope = CloudEventCodec.envelope(decision, "urn:return-ops:tj-embassy-kz",
                        entry.get("migrantId").asText(), null);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.decisions("TJ-EMBASSY-KZ"),
                        clearanceId.toString(), CloudEventCodec.encode(envelope));
                record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        log.accept("   TJ-EMBASSY-KZ decided " + entries.size() + " over Kafka (" + Topics.decisions("TJ-EMBASSY-KZ")
                + ")");
    }
}
