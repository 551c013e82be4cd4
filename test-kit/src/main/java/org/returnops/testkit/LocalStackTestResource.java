package org.returnops.testkit;

import org.returnops.localstack.LocalStack;
import org.returnops.localstack.PostgresServer;
import org.returnops.localstack.KafkaAccess;
import org.returnops.localstack.DataFolderLock;
import org.returnops.localstack.StackSettings;
import org.returnops.localstack.Progress;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every {@code @QuarkusTest} of a service a real PostgreSQL database of its own and a real Kafka
 * broker, with Dev Services off (no container engine is needed or used), makes the service trust the
 * tokens of {@link TestTokens}, and logs it in to the broker as its own principal ({@link KafkaAccess}). Every
 * REST Assured check of such a test that fails prints the request and the response it saw, set here once for all.
 *
 * <p>The servers live in a static field and start once per test JVM, so a Quarkus restart for another
 * test profile reuses them; a shutdown hook stops them when the JVM ends. Use it once per service, with
 * the service's database name:
 *
 * <pre>{@code
 * @WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = @ResourceArg(name = LocalStackTestResource.DATABASE, value = "registry"))
 * }</pre>
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming the service's database (and its login role). */
    public static final String DATABASE = "database";

    private static LocalStack stack;

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, database);
    }

    @Override
    public Map<String, String> start() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        LocalStack servers = shared();
        Map<String, String> config = new HashMap<>(
                PostgresServer.quarkusConfig(servers.postgres().ensureDatabase(database)));
        config.put("kafka.bootstrap.servers", servers.kafka().bootstrapServers());
        // a service logs in as itself; a test application of the shared modules as the administrator
        KafkaAccess.Principal principal = KafkaAccess.service(database).orElse(KafkaAccess.ADMIN);
        config.put("messaging.kafka.username", principal.name());
        config.put("messaging.kafka.password", principal.devPassword());
        config.putAll(TestTokens.verificationConfig());
        return config;
    }

    @Override
    public void stop() {
        // the servers outlive one Quarkus application: the shutdown hook of shared() stops them
    }

    /**
     * The servers of this JVM, started on first use in {@code target/local-stack}; the folder stays
     * locked until the JVM ends.
     */
    public static synchronized LocalStack shared() {
        if (stack == null) {
            Path directory = Path.of("target", "local-stack").toAbsolutePath();
            DataFolderLock.claim(directory);
            LocalStack.resetForTests(directory);
            stack = LocalStack.start(StackSettings.forTests(StackSettings.environment(), directory),
                    Progress.silent());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        }
        return stack;
    }
}
