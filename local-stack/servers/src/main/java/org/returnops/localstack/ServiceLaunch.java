package org.returnops.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the suite starts one service instance: its environment (port, broker, database, the gateway's view of
 * every instance) and its JVM command line.
 */
final class ServiceLaunch {

    private final Path repositoryRoot;
    private final LocalStack stack;
    private final Map<ServiceInstance, Integer> ports;
    private final String javaOptions;
    private final Path classData;

    ServiceLaunch(Path repositoryRoot, LocalStack stack, Map<ServiceInstance, Integer> ports, String javaOptions,
            Path classData) {
        this.repositoryRoot = repositoryRoot;
        this.stack = stack;
        this.ports = ports;
        this.javaOptions = javaOptions;
        this.classData = classData;
    }

    String url(ServiceInstance instance) {
        return "http://localhost:" + ports.get(instance);
    }

    /** Every instance of the service, in order. */
    List<String> urls(ServiceSpec spec) {
        return ports.keySet().stream().filter(instance -> instance.spec() == spec).map(this::url).toList();
    }

    ManagedProcess start(ServiceInstance instance) {
        ServiceSpec spec = instance.spec();
        List<String> command = new ArrayList<>();
        command.add(KafkaBroker.javaExecutable());
        for (String option : javaOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        Path application = spec.application(repositoryRoot);
        Path data = stack.settings().dataDirectory();
        if (!javaOptions.contains("SharedArchiveFile") && !javaOptions.contains("AOTCache")
                && !javaOptions.contains("-Xshare:off")) {
            String sharing = ClassDataSharing.option(classData, spec.name(), application);
            // the first instance records the archive; the others use it once it is there, never write it too
            if (instance.number() == 1 || !sharing.contains("Output=") && !sharing.contains("AtExit=")) {
                command.add(sharing);
            }
            // the archive's own notes (hundreds of "Skipping … Not linked" when it is written) stay out of the log
            command.add("-Xlog:cds=off");
        }
        command.add("-Dreturnops.stack=" + LocalStack.marker(data));
        command.add("-jar");
        command.add(application.toString());
        return ManagedProcess.start(instance.name(), command, environment(instance), data.resolve("pids"),
                data.resolve("logs").resolve(instance.name() + ".log"));
    }

    private Map<String, String> environment(ServiceInstance instance) {
        ServiceSpec spec = instance.spec();
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(instance)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        spec.database().flatMap(KafkaAccess::service).ifPresent(principal -> {
            env.put("MESSAGING_KAFKA_USERNAME", principal.name());
            env.put("MESSAGING_KAFKA_PASSWORD", principal.devPassword());
        });
        spec.database().ifPresent(name -> {
            DatabaseCoordinates db = stack.postgres().ensureDatabase(name);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        });
        if (spec == ServiceSpec.GATEWAY) {
            ServiceSpec.DOMAIN_SERVICES.forEach(s -> env.put(s.gatewayUrlSetting(),
                    urls(s).stream().collect(Collectors.joining(","))));
            env.put("QUARKUS_PROFILE", ServiceSpec.GATEWAY_RUN_PROFILE);
            env.put("GATEWAY_TOKEN_ISSUER", ServiceSpec.TOKEN_ISSUER);
            env.put("GATEWAY_TOKEN_AUDIENCE", ServiceSpec.TOKEN_AUDIENCE);
            // the board's live feed reads the event topics as the gateway's own read-only principal
            env.put("WEB_EVENTS_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
            env.put("WEB_EVENTS_USERNAME", KafkaAccess.GATEWAY.name());
            env.put("WEB_EVENTS_PASSWORD", KafkaAccess.GATEWAY.devPassword());
            // in the data folder: tokens stay valid across a restart of the suite
            env.put("GATEWAY_TOKEN_SIGNING_KEY_LOCATION",
                    stack.settings().dataDirectory().resolve("gateway").resolve("signing-key.pem").toString());
        } else {
            ServiceInstance gatewayInstance = ServiceInstance.first(ServiceSpec.GATEWAY);
            String gateway = ports.containsKey(gatewayInstance) ? url(gatewayInstance)
                    : "http://localhost:" + ServiceSpec.GATEWAY.defaultPort();
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", gateway + "/auth/jwks");
            env.put("MP_JWT_VERIFY_ISSUER", ServiceSpec.TOKEN_ISSUER);
            env.put("MP_JWT_VERIFY_AUDIENCES", ServiceSpec.TOKEN_AUDIENCE);
        }
        return env;
    }
}
