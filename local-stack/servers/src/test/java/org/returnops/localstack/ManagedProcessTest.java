package org.returnops.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the next start does about processes a killed run left behind. */
class ManagedProcessTest {

    @TempDir
    Path folder;

    @Test
    void aProcessLeftByAKilledRunIsStoppedByItsPidFileAndMarker() throws Exception {
        String marker = folder.toAbsolutePath().toString();
        ManagedProcess.start("registry-service", sleeper("-Dreturnops.stack=" + marker), Map.of(),
                folder.resolve("pids"), folder.resolve("a.log"));
        long pid = pidOf(folder.resolve("pids/registry-service.pid"));
        assertThat(ProcessHandle.of(pid)).isPresent();

        List<String> stopped = ManagedProcess.stopStale(folder.resolve("pids"), marker, Duration.ofSeconds(10));

        assertThat(stopped).containsExactly("registry-service");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(folder.resolve("pids/registry-service.pid")).doesNotExist();
    }

    @Test
    void anUnrelatedProcessThatReusedThePidIsLeftAlone() throws Exception {
        ManagedProcess unrelated = ManagedProcess.start("gateway", sleeper("-Dreturnops.stack=" + folder), Map.of(),
                folder.resolve("pids"), folder.resolve("b.log"));
        try {
            List<String> stopped = ManagedProcess.stopStale(folder.resolve("pids"), "/some/other/data-folder",
                    Duration.ofSeconds(10));
            assertThat(stopped).isEmpty();
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aProcessThatFailedToStartIsExplainedByTheErrorLinesOfItsLog() throws Exception {
        Path log = folder.resolve("c.log");
        Files.writeString(log, "ERROR an earlier run's failure, fixed since\n");
        ManagedProcess failed = ManagedProcess.start("consular-service",
                List.of("sh", "-c", "echo 'INFO starting'; echo 'ERROR Failed to start application: Port 31000 in use';"
                        + " echo '  at io.vertx.core.net.impl.TCPServerBase.listen'; exit 1"),
                Map.of(), folder.resolve("pids"), log);
        await("the failing process to exit").atMost(Duration.ofSeconds(10)).until(() -> !failed.isAlive());

        assertThat(failed.exitCode()).contains(1);
        assertThat(failed.logExcerpt())
                .contains("ERROR Failed to start application: Port 31000 in use")
                .doesNotContain("INFO starting")
                .doesNotContain("an earlier run's failure");
    }

    @Test
    void withoutAnErrorLineTheExcerptIsTheEndOfTheLog() throws Exception {
        Path log = folder.resolve("d.log");
        ManagedProcess quiet = ManagedProcess.start("transport-service",
                List.of("sh", "-c", "i=1; while [ $i -le 20 ]; do echo line $i; i=$((i+1)); done"), Map.of(),
                folder.resolve("pids"), log);
        await("the process to print its twenty lines and exit").atMost(Duration.ofSeconds(10))
                .until(() -> !quiet.isAlive());

        assertThat(quiet.logExcerpt()).contains("line 20", "line 13").doesNotContain("line 12\n");
    }

    /** A JVM that waits ten minutes, like a service would run, with the given option on its command line. */
    private static List<String> sleeper(String option) {
        return List.of(KafkaBroker.javaExecutable(), option, "-cp", System.getProperty("java.class.path"),
                Sleeper.class.getName());
    }

    /** The process under test: does nothing for ten minutes. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(600_000);
        }
    }

    private static long pidOf(Path pidFile) throws Exception {
        return Long.parseLong(Files.readString(pidFile).trim());
    }
}
