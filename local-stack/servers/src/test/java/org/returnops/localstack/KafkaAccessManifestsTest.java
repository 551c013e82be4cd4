package org.returnops.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The Kubernetes deployment's topics and users are the ones the access table gives (as deploy/kafka/setup.sh is). */
class KafkaAccessManifestsTest {

    private static final Path KAFKA = Path.of("..", "..").toAbsolutePath().normalize()
            .resolve("deploy/kubernetes/base/kafka");

    @Test
    void theCheckedInTopicsAreTheGeneratedOnes() throws IOException {
        assertEqualToCheckedIn("topics.yaml", KafkaAccessManifests.topics());
        assertThat(KafkaAccessManifests.topics()).contains("  topicName: partner.kz-migration.decisions.v1\n");
    }

    @Test
    void theCheckedInUsersAreTheGeneratedOnesWithScramAndTheAccessLists() throws IOException {
        String users = KafkaAccessManifests.users();
        assertEqualToCheckedIn("users.yaml", users);
        assertThat(users).contains("  name: tj-embassy\n", "type: scram-sha-512")
                .doesNotContain("dev-password");
    }

    private static void assertEqualToCheckedIn(String file, String generated) throws IOException {
        Path checkedIn = KAFKA.resolve(file);
        String current = Files.exists(checkedIn) ? Files.readString(checkedIn, StandardCharsets.UTF_8) : "";
        if (!current.equals(generated)) {
            Path fresh = Path.of("target", file);
            Files.writeString(fresh, generated, StandardCharsets.UTF_8);
            fail("deploy/kubernetes/base/kafka/" + file + " is out of date with KafkaAccess; the current one was "
                    + "written to local-stack/servers/" + fresh + ": review it and copy it there");
        }
    }
}
