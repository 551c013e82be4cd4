package org.returnops.localstack;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.returnops.contracts.Topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same principals, topics and access lists as {@link KafkaAccess}, as Strimzi custom resources for a
 * Kubernetes cluster ({@code deploy/kubernetes/base/kafka}): a {@code KafkaTopic} per topic and dead-letter
 * companion, a {@code KafkaUser} per principal with SCRAM-SHA-512 and exactly the access list the run command
 * grants. Strimzi's user operator writes each user's password to a Secret of the user's name.
 */
public final class KafkaAccessManifests {

    /** The name of the Strimzi {@code Kafka} resource the topics and users belong to. */
    public static final String CLUSTER = "return-ops";
    /** The replicas of every topic on the three-node base cluster (the local overlay makes it one). */
    public static final int REPLICAS = 3;

    private static final String HEADER = """
            # Generated from org.returnops.localstack.KafkaAccess (KafkaAccessManifestsTest keeps this copy equal to it).
            """;

    private KafkaAccessManifests() {
    }

    /** Every topic of the catalogue with the partitions of the run command, and the dead-letter companions. */
    public static String topics() {
        StringBuilder yaml = new StringBuilder(HEADER);
        Topics.ALL.forEach(topic -> topic(yaml, topic, KafkaAccess.PARTITIONS));
        Topics.CONSUMED.forEach(topic -> topic(yaml, Topics.deadLetter(topic), 1));
        return yaml.toString();
    }

    /** One user per principal of {@link KafkaAccess#bindings()}, with its access list in the same order. */
    public static String users() {
        Map<String, List<AclBinding>> byPrincipal = new LinkedHashMap<>();
        for (AclBinding binding : KafkaAccess.bindings()) {
            byPrincipal.computeIfAbsent(binding.entry().principal().substring("User:".length()),
                    name -> new ArrayList<>()).add(binding);
        }
        StringBuilder yaml = new StringBuilder(HEADER);
        byPrincipal.forEach((name, bindings) -> {
            header(yaml, "KafkaUser", name);
            yaml.append("""
                    spec:
                      authentication:
                        type: scram-sha-512
                      authorization:
                        type: simple
                        acls:
                    """);
            bindings.forEach(binding -> acl(yaml, binding));
        });
        return yaml.toString();
    }

    private static void topic(StringBuilder yaml, String topic, int partitions) {
        header(yaml, "KafkaTopic", topic);
        yaml.append("spec:\n  topicName: ").append(topic).append("\n  partitions: ").append(partitions)
                .append("\n  replicas: ").append(REPLICAS).append('\n');
    }

    private static void header(StringBuilder yaml, String kind, String name) {
        yaml.append("---\napiVersion: kafka.strimzi.io/v1\nkind: ").append(kind).append("\nmetadata:\n  name: ")
                .append(name).append("\n  labels:\n    strimzi.io/cluster: ").append(CLUSTER).append('\n');
    }

    private static void acl(StringBuilder yaml, AclBinding binding) {
        ResourcePattern resource = binding.pattern();
        yaml.append("      - resource:\n          type: ")
                .append(resource.resourceType() == ResourceType.GROUP ? "group" : "topic")
                .append("\n          name: ").append(resource.name())
                .append("\n          patternType: ")
                .append(resource.patternType() == PatternType.PREFIXED ? "prefix" : "literal")
                .append("\n        operations:\n          - ")
                .append(binding.entry().operation() == AclOperation.READ ? "Read" : "Write").append('\n');
    }
}
