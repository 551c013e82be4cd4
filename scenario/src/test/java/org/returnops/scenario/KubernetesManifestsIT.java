package org.returnops.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.Topics;
import org.returnops.localstack.KafkaAccess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes cannot be applied here (no cluster); this checks what can be checked without one: every
 * object parses with its typed model (fabric8 for Kubernetes, Strimzi's own for Kafka; CloudNativePG's by its
 * required fields), the services' manifests are the ones their build generates, names, ports and
 * configuration keys agree with the services, every Secret and ConfigMap referenced is provided, and the Kafka
 * users carry exactly the access lists of the run command.
 */
class KubernetesManifestsIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final List<String> SUITE = List.of("registry-service", "consular-service", "transport-service",
            "gateway");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys of the Secret Strimzi's user operator writes for a SCRAM-SHA-512 KafkaUser. */
    private static final Set<String> KAFKA_USER_SECRET_KEYS = Set.of("password", "sasl.jaas.config");
    /** Set by quarkus-kubernetes itself for the Kubernetes extensions' use; not a configuration key of ours. */
    private static final Set<String> DOWNWARD_API = Set.of("KUBERNETES_NAMESPACE");

    private static Kustomization base;
    private static Kustomization local;

    @BeforeAll
    static void read() throws IOException {
        base = Kustomization.load(KUBERNETES.resolve("base"));
        local = Kustomization.load(KUBERNETES.resolve("overlays/local"));
    }

    @Test
    void everyKubernetesObjectParsesWithFabric8sModelAndEveryStrimziObjectWithStrimzis() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<String> problems = new ArrayList<>();
        for (JsonNode object : local.objects()) {
            String apiVersion = object.get("apiVersion").asText();
            String what = object.get("kind").asText() + " " + object.get("metadata").get("name").asText();
            Object model;
            if (apiVersion.startsWith("kafka.strimzi.io/")) {
                model = JSON.convertValue(object, strimziClass(object.get("kind").asText()));
            } else if (apiVersion.startsWith("postgresql.cnpg.io/")) {
                continue;
            } else {
                model = serialization.convertValue(object, HasMetadata.class);
                if (model instanceof GenericKubernetesResource) {
                    problems.add(what + ": no typed model for " + apiVersion);
                }
            }
            ModelCheck.unknownFields(model).forEach(field -> problems.add(what + ": unknown field " + field));
        }
        assertThat(problems).isEmpty();
        assertThat(local.ofKind("Deployment")).hasSize(SUITE.size());
    }

    @Test
    void theCloudNativePgClusterHasADatabaseAndALoginRoleForEachDomainService() {
        JsonNode cluster = local.get("Cluster", "return-ops-db").get("spec");
        assertThat(cluster.get("instances").asInt()).isPositive();
        assertThat(cluster.get("storage").get("size").asText()).matches("\\d+[MGT]i");
        // two instances of each of the three services, each up to 20 connections (10 kept open)
        assertThat(cluster.at("/postgresql/parameters/max_connections").asInt()).isGreaterThanOrEqualTo(3 * 2 * 20);
        JsonNode initdb = cluster.get("bootstrap").get("initdb");
        Map<String, String> owners = new java.util.HashMap<>(Map.of(initdb.get("database").asText(),
                initdb.get("owner").asText()));
        Map<String, String> roleSecrets = new java.util.HashMap<>(Map.of(initdb.get("owner").asText(),
                initdb.get("secret").get("name").asText()));
        cluster.get("managed").get("roles").forEach(role -> {
            assertThat(role.get("login").asBoolean()).as(role.toString()).isTrue();
            roleSecrets.put(role.get("name").asText(), role.get("passwordSecret").get("name").asText());
        });
        local.ofKind("Database").forEach(database -> {
            assertThat(database.get("spec").get("cluster").get("name").asText()).isEqualTo("return-ops-db");
            owners.put(database.get("spec").get("name").asText(), database.get("spec").get("owner").asText());
        });
        for (String service : List.of("registry", "consular", "transport")) {
            String url = local.get("ConfigMap", service + "-service-config").get("data")
                    .get("QUARKUS_DATASOURCE_JDBC_URL").asText();
            assertThat(url).isEqualTo("jdbc:postgresql://return-ops-db-rw:5432/" + service);
            assertThat(owners).containsEntry(service, service);
            assertThat(roleSecrets).containsEntry(service, service + "-db");
            assertThat(local.generatedSecrets().get(service + "-db")).containsExactlyInAnyOrder("username", "password");
            assertThat(secretEnv(service + "-service", "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(service + "-db/username");
            assertThat(secretEnv(service + "-service", "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(service + "-db/password");
        }
    }

    @Test
    void theServicesManifestsAreTheOnesTheirBuildGenerates() throws IOException {
        for (String service : SUITE) {
            Path generated = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
            assertThat(generated).as("built by ./mvnw package of " + service).isRegularFile();
            assertThat(byName(Kustomization.documents(KUBERNETES.resolve("base/services/" + service + ".yml"))))
                    .as("deploy/kubernetes/base/services/" + service + ".yml is a copy of " + service
                            + "/target/kubernetes/kubernetes.yml")
                    .isEqualTo(byName(Kustomization.documents(generated)));
        }
    }

    @Test
    void portsProbesAndScalingAgreeWithEachService() throws IOException {
        for (String service : SUITE) {
            int port = Integer.parseInt(ServiceConfig.properties(ROOT, service).getProperty("quarkus.http.port"));
            JsonNode deployment = local.get("Deployment", service);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/ports/0/containerPort").asInt()).as(service).isEqualTo(port);
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            Stream.of("livenessProbe", "readinessProbe", "startupProbe").forEach(probe ->
                    assertThat(container.get(probe).at("/httpGet/port").asInt()).as(service + " " + probe).isEqualTo(port));
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
            assertThat(container.get("image").asText()).endsWith("/return-ops/" + service + ":1.0.0-SNAPSHOT");

            JsonNode kubernetesService = local.get("Service", service);
            assertThat(kubernetesService.at("/spec/ports/0/targetPort").asInt()).isEqualTo(port);
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            assertThat(kubernetesService.at("/spec/selector")).allSatisfy(v -> assertThat(podLabels.toString()).contains(v.asText()));
            assertThat(local.get("PodDisruptionBudget", service).at("/spec/selector/matchLabels"))
                    .isEqualTo(deployment.at("/spec/selector/matchLabels"));
            JsonNode target = local.get("HorizontalPodAutoscaler", service).at("/spec/scaleTargetRef");
            assertThat(target.get("kind").asText() + "/" + target.get("name").asText()).isEqualTo("Deployment/" + service);
        }
        JsonNode gateway = local.get("ConfigMap", "gateway-config").get("data");
        for (String service : List.of("registry", "consular", "transport")) {
            assertThat(gateway.get("GATEWAY_SERVICES_" + service.toUpperCase(Locale.ROOT) + "_URL").asText())
                    .isEqualTo("http://" + local.get("Service", service + "-service").get("metadata").get("name").asText());
        }
    }

    @Test
    void everyEnvironmentVariableAndConfigMapKeyIsARealConfigKeyOfThatService() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String service : SUITE) {
            Set<String> keys = ServiceConfig.keys(ROOT, service);
            JsonNode container = local.get("Deployment", service).at("/spec/template/spec/containers/0");
            List<String> variables = new ArrayList<>();
            container.path("env").forEach(env -> variables.add(env.get("name").asText()));
            for (JsonNode from : container.path("envFrom")) {
                local.get("ConfigMap", from.get("configMapRef").get("name").asText()).get("data").fieldNames()
                        .forEachRemaining(variables::add);
            }
            variables.stream().filter(variable -> !DOWNWARD_API.contains(variable))
                    .filter(variable -> !ServiceConfig.isKey(keys, variable))
                    .forEach(variable -> unknown.add(service + ": " + variable));
        }
        assertThat(unknown).as("variables that set no configuration key of their service").isEmpty();
    }

    @Test
    void everyReferencedSecretAndConfigMapIsProvidedWithTheKeyAskedFor() {
        Map<String, Set<String>> secrets = new java.util.HashMap<>(local.generatedSecrets());
        local.ofKind("Secret").forEach(secret -> secrets.put(name(secret), fieldNames(secret.path("data"))));
        local.ofKind("KafkaUser").forEach(user -> secrets.put(name(user), KAFKA_USER_SECRET_KEYS));
        Map<String, Set<String>> configMaps = new java.util.HashMap<>(local.generatedConfigMaps());
        local.ofKind("ConfigMap").forEach(map -> configMaps.put(name(map), fieldNames(map.path("data"))));

        List<String> missing = new ArrayList<>();
        for (JsonNode object : local.objects()) {
            object.findParents("secretKeyRef").forEach(ref -> check(secrets, ref.get("secretKeyRef"), missing));
            object.findParents("configMapKeyRef").forEach(ref -> check(configMaps, ref.get("configMapKeyRef"), missing));
            object.findValues("configMapRef").forEach(ref -> check(configMaps, ref, missing));
            object.findValues("secretName").forEach(name -> check(secrets, JSON.createObjectNode().put("name", name.asText()), missing));
            object.findValues("passwordSecret").forEach(ref -> check(secrets, ref, missing));
        }
        JsonNode initdb = local.get("Cluster", "return-ops-db").at("/spec/bootstrap/initdb/secret");
        check(secrets, initdb, missing);
        assertThat(missing).isEmpty();
        assertThat(secrets.get("gateway-signing-key")).containsExactly("signing-key.pem");
        assertThat(local.get("ConfigMap", "gateway-config").at("/data/GATEWAY_TOKEN_SIGNING_KEY_LOCATION").asText())
                .isEqualTo(local.get("Deployment", "gateway").at("/spec/template/spec/containers/0/volumeMounts/0/mountPath")
                        .asText() + "/signing-key.pem");
    }

    @Test
    void theKafkaUsersCarryExactlyTheAccessListsOfTheRunCommandAndEachServiceLogsInAsItsOwn() throws IOException {
        Set<String> granted = new HashSet<>();
        for (JsonNode object : local.ofKind("KafkaUser")) {
            KafkaUser user = JSON.convertValue(object, KafkaUser.class);
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "return-ops");
            ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls().forEach(rule -> {
                boolean group = rule.getResource() instanceof AclRuleGroupResource;
                String name = group ? ((AclRuleGroupResource) rule.getResource()).getName()
                        : ((AclRuleTopicResource) rule.getResource()).getName();
                String pattern = String.valueOf(group ? ((AclRuleGroupResource) rule.getResource()).getPatternType()
                        : ((AclRuleTopicResource) rule.getResource()).getPatternType());
                rule.getOperations().forEach(operation -> granted.add(String.join(" ", "User:" + user.getMetadata().getName(),
                        group ? "GROUP" : "TOPIC", name, pattern.equals("PREFIX") ? "PREFIXED" : "LITERAL",
                        operation.toString().toUpperCase(Locale.ROOT))));
            });
        }
        assertThat(granted).containsExactlyInAnyOrderElementsOf(KafkaAccess.bindings().stream()
                .map(b -> String.join(" ", b.entry().principal(), b.pattern().resourceType().name(), b.pattern().name(),
                        b.pattern().patternType().name(), b.entry().operation().name())).collect(Collectors.toSet()));
        for (String service : List.of("registry", "consular", "transport")) {
            String username = ServiceConfig.properties(ROOT, service + "-service").getProperty("messaging.kafka.username");
            assertThat(secretEnv(service + "-service", "MESSAGING_KAFKA_PASSWORD")).isEqualTo(username + "/password");
            assertThat(local.get("ConfigMap", service + "-service-config").at("/data/KAFKA_BOOTSTRAP_SERVERS").asText())
                    .isEqualTo(local.get("Kafka", "return-ops").get("metadata").get("name").asText() + "-kafka-bootstrap:"
                            + local.get("Kafka", "return-ops").at("/spec/kafka/listeners/0/port").asInt());
        }
    }

    @Test
    void everyTopicOfTheCatalogueIsAKafkaTopicWithPartitionsForTwoConsumersAndKafkaRunsOnKRaftNodePools() {
        Map<String, Integer> partitions = local.ofKind("KafkaTopic").stream()
                .map(object -> JSON.convertValue(object, KafkaTopic.class))
                .collect(Collectors.toMap(topic -> topic.getSpec().getTopicName(), topic -> topic.getSpec().getPartitions()));
        Set<String> expected = new HashSet<>(Topics.ALL);
        Topics.CONSUMED.forEach(topic -> expected.add(Topics.deadLetter(topic)));
        assertThat(partitions.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        Topics.ALL.forEach(topic -> assertThat(partitions.get(topic)).as(topic).isGreaterThanOrEqualTo(2));

        KafkaNodePool pool = JSON.convertValue(local.ofKind("KafkaNodePool").get(0), KafkaNodePool.class);
        assertThat(pool.getSpec().getRoles()).extracting(Object::toString).containsExactlyInAnyOrder("CONTROLLER", "BROKER");
        Kafka kafka = JSON.convertValue(local.get("Kafka", "return-ops"), Kafka.class);
        assertThat(kafka.getSpec().getKafka().getListeners()).allSatisfy(listener ->
                assertThat(listener.getAuth().getType()).isEqualTo("scram-sha-512"));
        assertThat(kafka.getSpec().getKafka().getAuthorization().getType()).isEqualTo("simple");
        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("auto.create.topics.enable", false);
    }

    @Test
    void everyPatchOfTheLocalOverlayNamesAnObjectOfTheBase() {
        for (JsonNode target : local.patchTargets()) {
            assertThat(base.objects()).as("a base object for the patch target " + target).anySatisfy(object -> {
                assertThat(object.get("kind").asText()).isEqualTo(target.get("kind").asText());
                if (target.has("name")) {
                    assertThat(name(object)).isEqualTo(target.get("name").asText());
                }
            });
        }
        assertThat(Files.isRegularFile(KUBERNETES.resolve("base/kustomization.yaml"))).isTrue();
    }

    /** The objects with every list of named entries (variables, ports, containers) in name order: the build's order varies. */
    private static List<JsonNode> byName(List<JsonNode> objects) {
        objects.forEach(KubernetesManifestsIT::sortNamedLists);
        return objects;
    }

    private static void sortNamedLists(JsonNode node) {
        if (node.isArray()) {
            node.forEach(KubernetesManifestsIT::sortNamedLists);
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            if (!items.isEmpty() && items.stream().allMatch(item -> item.has("name"))) {
                items.sort(java.util.Comparator.comparing(item -> item.get("name").asText()));
                com.fasterxml.jackson.databind.node.ArrayNode array = (com.fasterxml.jackson.databind.node.ArrayNode) node;
                array.removeAll();
                items.forEach(array::add);
            }
        } else if (node.isObject()) {
            node.forEach(KubernetesManifestsIT::sortNamedLists);
        }
    }

    private static String secretEnv(String deployment, String variable) {
        for (JsonNode env : local.get("Deployment", deployment).at("/spec/template/spec/containers/0/env")) {
            if (env.get("name").asText().equals(variable)) {
                JsonNode ref = env.at("/valueFrom/secretKeyRef");
                return ref.get("name").asText() + "/" + ref.get("key").asText();
            }
        }
        throw new AssertionError(deployment + " does not set " + variable);
    }

    private static void check(Map<String, Set<String>> provided, JsonNode ref, List<String> missing) {
        String name = ref.get("name").asText();
        if (!provided.containsKey(name)) {
            missing.add("missing " + name);
        } else if (ref.has("key") && !provided.get(name).contains(ref.get("key").asText())) {
            missing.add(name + " has no key " + ref.get("key").asText());
        }
    }

    private static Class<?> strimziClass(String kind) {
        return switch (kind) {
            case "Kafka" -> Kafka.class;
            case "KafkaNodePool" -> KafkaNodePool.class;
            case "KafkaTopic" -> KafkaTopic.class;
            case "KafkaUser" -> KafkaUser.class;
            default -> throw new AssertionError("no Strimzi model for " + kind);
        };
    }

    private static String name(JsonNode object) {
        return object.get("metadata").get("name").asText();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
