package org.returnops.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.returnops.contracts.Topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Who may do what on the broker: one SCRAM principal per service and per authority system, and the
 * access control lists that let each read and write only its own topics. The broker's administrator
 * (a super user) creates the principals, the topics and the lists once, after the broker is up; the
 * services themselves hold no admin rights.
 *
 * <p>The passwords here are the development ones of the run command and the tests. Deployments give
 * their own through the environment ({@code MESSAGING_KAFKA_PASSWORD} of each service).
 */
public final class KafkaAccess {

    /** The broker's administrator: a super user, for provisioning and the tests' probes only. */
    public static final Principal ADMIN = new Principal("admin", "admin-dev-password", null);
    /** The controller's own principal on the controller listener (SASL PLAIN, set in the broker's configuration). */
    public static final Principal CONTROLLER = new Principal("controller", "controller-dev-password", null);

    public static final Principal REGISTRY = new Principal("registry", "registry-dev-password", null);
    public static final Principal CONSULAR = new Principal("consular", "consular-dev-password", null);
    public static final Principal TRANSPORT = new Principal("transport", "transport-dev-password", null);
    /**
     * The gateway: reads the suite's event topics (nothing else, writes nothing) to keep open boards current.
     * It takes every partition itself without a consumer group, so it needs no group rights.
     */
    public static final Principal GATEWAY = new Principal("gateway", "gateway-dev-password", null);

    public static final Principal KZ_MIGRATION = new Principal("kz-migration", "kz-migration-dev-password",
            "KZ-MIGRATION");
    public static final Principal UZ_BORDER = new Principal("uz-border", "uz-border-dev-password", "UZ-BORDER");
    public static final Principal TJ_EMBASSY = new Principal("tj-embassy", "tj-embassy-dev-password",
            "TJ-EMBASSY-KZ");
    public static final Principal TJ_BORDER = new Principal("tj-border", "tj-border-dev-password", "TJ-BORDER");

    /** The authority systems, one per authority of {@link Topics#AUTHORITIES}. */
    public static final List<Principal> PARTNERS = List.of(KZ_MIGRATION, UZ_BORDER, TJ_EMBASSY, TJ_BORDER);

    /**
     * The suite's services with the topics each writes and reads. A service's consumer groups start with
     * {@code <name>-service} (its own group is the service's name), a partner's with its principal's name.
     */
    static final Map<Principal, Grants> SERVICES = services();

    /** Principals that only read, with the topics each reads: the gateway's board feed. */
    static final Map<Principal, List<String>> READERS = Map.of(GATEWAY, Topics.INTERNAL);

    static final int PARTITIONS = 3;
    private static final int SCRAM_ITERATIONS = 8192;

    private KafkaAccess() {
    }

    /**
     * A principal on the broker.
     *
     * @param authorityCode for an authority system, the authority whose topics it owns; else null
     */
    public record Principal(String name, String devPassword, String authorityCode) {

        /** The JAAS line of a SCRAM client logging in as this principal. */
        public String jaasConfig() {
            return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name
                    + "\" password=\"" + devPassword + "\";";
        }

        /** The client settings that authenticate as this principal (SASL_PLAINTEXT, SCRAM-SHA-512). */
        public Map<String, Object> clientConfig() {
            return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                    "sasl.jaas.config", jaasConfig());
        }

        /** The prefix of the consumer groups a client of this principal may use. */
        public String consumerGroup() {
            return authorityCode == null ? name + "-service" : name;
        }
    }

    /** Topics a service writes (with nothing else) and reads (and the dead-letter companions of those it reads). */
    record Grants(List<String> writes, List<String> reads) {
    }

    /** The principal of a service, by its database name (registry, consular, transport). */
    public static Optional<Principal> service(String name) {
        return SERVICES.keySet().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Every access control entry of the suite. */
    public static List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        SERVICES.forEach((principal, grants) -> {
            grants.writes().forEach(topic -> bindings.add(topic(principal, topic, AclOperation.WRITE)));
            for (String topic : grants.reads()) {
                bindings.add(topic(principal, topic, AclOperation.READ));
                bindings.add(topic(principal, Topics.deadLetter(topic), AclOperation.WRITE));
            }
            bindings.add(group(principal));
        });
        READERS.forEach((principal, topics) -> topics.forEach(topic ->
                bindings.add(topic(principal, topic, AclOperation.READ))));
        for (Principal partner : PARTNERS) {
            String authority = partner.authorityCode();
            bindings.add(topic(partner, Topics.requests(authority), AclOperation.READ));
            bindings.add(topic(partner, Topics.rejections(authority), AclOperation.READ));
            bindings.add(topic(partner, Topics.decisions(authority), AclOperation.WRITE));
            bindings.add(group(partner));
        }
        return bindings;
    }

    /**
     * Creates (or updates) the SCRAM credentials of every principal, the suite's topics with their
     * dead-letter companions, and the access control lists. Idempotent: run after every start of the broker.
     */
    static void provision(Admin admin) {
        List<UserScramCredentialUpsertion> users = new ArrayList<>();
        for (Principal principal : principals()) {
            users.add(new UserScramCredentialUpsertion(principal.name(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), principal.devPassword()));
        }
        List<NewTopic> topics = new ArrayList<>();
        Topics.ALL.forEach(topic -> topics.add(new NewTopic(topic, PARTITIONS, (short) 1)));
        Topics.CONSUMED.forEach(topic -> topics.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1)));
        try {
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get(30, TimeUnit.SECONDS);
            for (var created : admin.createTopics(topics).values().values()) {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(bindings()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new StackException("could not provision the Kafka principals, topics and access lists: "
                    + e.getMessage(), e);
        }
    }

    /** The environment variable that holds a principal's password in a deployment, e.g. {@code KAFKA_TJ_EMBASSY_PASSWORD}. */
    public static String passwordVariable(Principal principal) {
        return "KAFKA_" + principal.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
    }

    /**
     * The same provisioning as {@link #provision(Admin)} as a shell script for Kafka's command-line tools,
     * run once by the administrator of a deployment ({@code deploy/kafka/setup.sh} in docker-compose), with
     * every password from the environment ({@link #passwordVariable}).
     */
    public static String setupScript() {
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Generated from org.returnops.localstack.KafkaAccess (KafkaAccessTest keeps this copy equal to it):
                # the suite's principals, topics and access lists, created as the broker's administrator. Safe to run
                # again. Passwords come from the environment; none is written here.
                set -eu
                server="${KAFKA_BOOTSTRAP:-kafka:9092}"
                config=/tmp/return-ops-admin.properties
                cat > "$config" <<EOF
                security.protocol=SASL_PLAINTEXT
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
                EOF
                user() {
                  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$server" --command-config "$config" --alter \\
                    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=%d,password=$2]"
                }
                topic() {
                  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$server" --command-config "$config" --create \\
                    --if-not-exists --topic "$1" --partitions "$2" --replication-factor 1
                }
                allow() {
                  principal="$1"; shift
                  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$server" --command-config "$config" --add \\
                    --allow-principal "User:$principal" "$@"
                }
                """.formatted(SCRAM_ITERATIONS));
        script.append("\n# one principal per service and per authority system\n");
        principals().forEach(p -> script.append("user ").append(p.name()).append(" \"$")
                .append(passwordVariable(p)).append("\"\n"));
        script.append("\n# the topics, and the dead-letter companions of those the services consume\n");
        Topics.ALL.forEach(topic -> script.append("topic ").append(topic).append(' ').append(PARTITIONS).append('\n'));
        Topics.CONSUMED.forEach(topic -> script.append("topic ").append(Topics.deadLetter(topic)).append(" 1\n"));
        script.append("\n# who may read and write what\n");
        for (AclBinding binding : bindings()) {
            ResourcePattern resource = binding.pattern();
            script.append("allow ").append(binding.entry().principal().substring("User:".length()))
                    .append(" --operation ").append(binding.entry().operation() == AclOperation.READ ? "Read" : "Write")
                    .append(resource.resourceType() == ResourceType.GROUP ? " --group " : " --topic ")
                    .append(resource.name())
                    .append(resource.patternType() == PatternType.PREFIXED ? " --resource-pattern-type prefixed" : "")
                    .append('\n');
        }
        return script.toString();
    }

    /** Every principal the suite provisions: services, read-only readers, authority systems. */
    private static List<Principal> principals() {
        List<Principal> principals = new ArrayList<>(SERVICES.keySet());
        principals.addAll(READERS.keySet());
        principals.addAll(PARTNERS);
        return principals;
    }

    private static Map<Principal, Grants> services() {
        Map<Principal, Grants> services = new LinkedHashMap<>();
        services.put(REGISTRY, new Grants(List.of(Topics.REGISTRY_MIGRANTS),
                List.of(Topics.CONSULAR_CLEARANCES, Topics.TRANSPORT_CONVOYS)));
        services.put(CONSULAR, new Grants(consularWrites(), consularReads()));
        services.put(TRANSPORT, new Grants(List.of(Topics.TRANSPORT_CONVOYS),
                List.of(Topics.REGISTRY_MIGRANTS, Topics.CONSULAR_CLEARANCES)));
        return Collections.unmodifiableMap(services);
    }

    private static List<String> consularWrites() {
        List<String> writes = new ArrayList<>(List.of(Topics.CONSULAR_CLEARANCES));
        Topics.AUTHORITIES.forEach(authority -> {
            writes.add(Topics.requests(authority));
            writes.add(Topics.rejections(authority));
        });
        return writes;
    }

    private static List<String> consularReads() {
        List<String> reads = new ArrayList<>(List.of(Topics.REGISTRY_MIGRANTS, Topics.TRANSPORT_CONVOYS));
        Topics.AUTHORITIES.forEach(authority -> reads.add(Topics.decisions(authority)));
        return reads;
    }

    private static AclBinding topic(Principal principal, String topic, AclOperation operation) {
        return new AclBinding(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                allow(principal, operation));
    }

    private static AclBinding group(Principal principal) {
        return new AclBinding(new ResourcePattern(ResourceType.GROUP, principal.consumerGroup(), PatternType.PREFIXED),
                allow(principal, AclOperation.READ));
    }

    private static AccessControlEntry allow(Principal principal, AclOperation operation) {
        return new AccessControlEntry("User:" + principal.name(), "*", operation, AclPermissionType.ALLOW);
    }
}
