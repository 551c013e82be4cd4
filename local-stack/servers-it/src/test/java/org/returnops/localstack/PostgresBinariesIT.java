package org.returnops.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the embedded PostgreSQL's binaries are unpacked: beside the run command's data unless
 * {@code SUITE_PG_BINARIES} names a folder, which any number of servers then share.
 */
class PostgresBinariesIT {

    @Test
    void theRunCommandUnpacksBesideItsDataUnlessToldWhere() {
        Path data = Path.of("target", "binaries-run").toAbsolutePath();
        assertThat(StackSettings.forRun(Map.of(StackSettings.DATA_DIR, data.toString())::get, Path.of(".suite-data"))
                .postgresBinaries()).isEqualTo(data.resolve("postgres-binaries"));
        assertThat(StackSettings.forRun(Map.of(StackSettings.DATA_DIR, data.toString(),
                        StackSettings.PG_BINARIES, "target/shared-binaries")::get, Path.of(".suite-data"))
                .postgresBinaries()).isEqualTo(Path.of("target/shared-binaries").toAbsolutePath());
    }

    @Test
    void twoServersOnTheirOwnDataRunFromOneUnpackedCopy() throws Exception {
        // the build gives every test JVM one folder (SUITE_PG_BINARIES), so this unpacks nothing new
        Path binaries = StackSettings.forTests(StackSettings.environment(), Path.of("target", "binaries-a"))
                .postgresBinaries();
        assertThat(binaries.startsWith(Path.of("target").toAbsolutePath()))
                .as("the build points SUITE_PG_BINARIES outside the module: %s", binaries).isFalse();
        Path first = Path.of("target", "binaries-a").toAbsolutePath();
        Path second = Path.of("target", "binaries-b").toAbsolutePath();
        LocalStack.resetForTests(first);
        LocalStack.resetForTests(second);

        try (PostgresServer a = PostgresServer.embedded(first.resolve("postgres"), binaries, Ports.free(), false);
                PostgresServer b = PostgresServer.embedded(second.resolve("postgres"), binaries, Ports.free(), false)) {
            assertThat(PostgresAnswers.setting(a, "data_directory")).isEqualTo(first.resolve("postgres").toString());
            assertThat(PostgresAnswers.setting(b, "data_directory")).isEqualTo(second.resolve("postgres").toString());
            assertThat(PostgresAnswers.serverProgram(a)).startsWith(binaries.toString())
                    .isEqualTo(PostgresAnswers.serverProgram(b));
        }
        assertThat(first.resolve("postgres-binaries")).doesNotExist();
        assertThat(second.resolve("postgres-binaries")).doesNotExist();
    }
}
