package org.returnops.localstack;

import org.returnops.testkit.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnops.localstack.PostgresAnswers.setting;

/**
 * The run command's PostgreSQL keeps what it acknowledged: started with the run command's settings, as
 * the launcher starts it, it flushes every commit to disk before answering.
 */
class DurablePostgresIT {

    @Test
    void theRunCommandsPostgresqlCommitsDurably() throws Exception {
        Path data = Path.of("target", "durable-postgres-test").toAbsolutePath();
        LocalStack.resetForTests(data);
        Map<String, String> env = Map.of(
                StackSettings.DATA_DIR, data.toString(),
                StackSettings.PG_PORT, Integer.toString(Ports.free()),
                StackSettings.KAFKA_PORT, Integer.toString(Ports.free()),
                StackSettings.KAFKA_CONTROLLER_PORT, Integer.toString(Ports.free()));
        StackSettings run = StackSettings.forRun(env::get, Path.of(".suite-data"));

        try (LocalStack stack = LocalStack.start(run, Progress.silent())) {
            PostgresServer postgres = stack.postgres();
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(postgres, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void theTestProfileTradesDurabilityForSpeed() throws Exception {
        PostgresServer postgres = LocalStackTestResource.shared().postgres();

        assertThat(setting(postgres, "fsync")).isEqualTo("off");
        assertThat(setting(postgres, "synchronous_commit")).isEqualTo("off");
    }
}
