package org.returnops.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The access table is the one the services' configuration needs, and the deployment's script is made from it. */
class KafkaAccessTest {

    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final Path SETUP = ROOT.resolve("deploy/kafka/setup.sh");

    @Test
    void eachServiceMayReadExactlyTheTopicsItIsConfiguredToConsume() throws IOException {
        for (KafkaAccess.Principal service : KafkaAccess.SERVICES.keySet()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(ROOT.resolve(service.name() + "-service/src/main/resources/"
                    + "application.properties"))) {
                properties.load(reader);
            }
            assertThat(Arrays.stream(properties.getProperty("messaging.consumer.topics").split(",")).map(String::strip))
                    .as(service.name()).containsExactlyInAnyOrderElementsOf(KafkaAccess.SERVICES.get(service).reads());
            assertThat(properties.getProperty("messaging.kafka.username")).isEqualTo(service.name());
        }
    }

    @Test
    void theDeploymentsSetupScriptIsTheOneTheAccessTableGives() throws IOException {
        String generated = KafkaAccess.setupScript();
        String checkedIn = Files.exists(SETUP) ? Files.readString(SETUP, StandardCharsets.UTF_8) : "";
        if (!checkedIn.equals(generated)) {
            Path fresh = Path.of("target", "setup.sh");
            Files.writeString(fresh, generated, StandardCharsets.UTF_8);
            fail("deploy/kafka/setup.sh is out of date with KafkaAccess; the current script was written to "
                    + "local-stack/servers/target/setup.sh: review it and copy it to deploy/kafka/setup.sh");
        }
        KafkaAccess.PARTNERS.forEach(partner -> assertThat(generated)
                .contains("user " + partner.name() + " \"$" + KafkaAccess.passwordVariable(partner) + "\"")
                .contains("allow " + partner.name() + " --operation Write --topic partner."
                        + partner.authorityCode().toLowerCase(java.util.Locale.ROOT) + ".decisions.v1\n"));
        assertThat(generated).doesNotContain("dev-password");
    }

    @Test
    void theGatewayOnlyReadsTheEventTopicsOfTheBoard() {
        assertThat(KafkaAccess.bindings().stream().filter(b -> b.entry().principal().equals("User:gateway")))
                .allSatisfy(b -> {
                    assertThat(b.entry().operation()).isEqualTo(org.apache.kafka.common.acl.AclOperation.READ);
                    assertThat(b.pattern().resourceType()).isEqualTo(org.apache.kafka.common.resource.ResourceType.TOPIC);
                })
                .extracting(b -> b.pattern().name())
                .containsExactlyInAnyOrderElementsOf(org.returnops.contracts.Topics.INTERNAL);
    }
}
