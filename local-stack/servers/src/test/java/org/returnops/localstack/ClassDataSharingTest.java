package org.returnops.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTest {

    @TempDir
    Path temp;

    private Path packagedApplication() throws Exception {
        Path app = temp.resolve("quarkus-app");
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("lib/main/one.jar"), "one");
        Files.writeString(app.resolve("quarkus-run.jar"), "run");
        return app.resolve("quarkus-run.jar");
    }

    @Test
    void theFirstRunOfABuildRecordsTheArchiveAndLaterRunsUseIt() throws Exception {
        Path application = packagedApplication();
        Path archives = temp.resolve("cds");

        String first = ClassDataSharing.option(archives, "registry-service", application, 17);
        assertThat(first).startsWith("-XX:ArchiveClassesAtExit=" + archives.resolve("registry-service-"));
        Files.writeString(Path.of(first.substring(first.indexOf('=') + 1)), "archive");

        assertThat(ClassDataSharing.option(archives, "registry-service", application, 17))
                .isEqualTo("-XX:SharedArchiveFile=" + first.substring(first.indexOf('=') + 1));
    }

    @Test
    void aRebuiltApplicationRecordsAFreshArchiveAndDropsTheStaleOne() throws Exception {
        Path application = packagedApplication();
        Path archives = temp.resolve("cds");
        String first = ClassDataSharing.option(archives, "registry-service", application, 17);
        Path stale = Path.of(first.substring(first.indexOf('=') + 1));
        Files.writeString(stale, "archive");

        Path jar = application.getParent().resolve("lib/main/one.jar");
        Files.writeString(jar, "one, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

        String second = ClassDataSharing.option(archives, "registry-service", application, 17);
        assertThat(second).startsWith("-XX:ArchiveClassesAtExit=").isNotEqualTo("-XX:ArchiveClassesAtExit=" + stale);
        assertThat(stale).doesNotExist();
    }

    @Test
    void onJdk25AndNewerTheAotCacheTakesTheArchivesPlace() throws Exception {
        Path application = packagedApplication();
        Path archives = temp.resolve("cds");

        String first = ClassDataSharing.option(archives, "registry-service", application, 25);
        assertThat(first).startsWith("-XX:AOTCacheOutput=" + archives.resolve("registry-service-"))
                .endsWith(".aot");
        Files.writeString(Path.of(first.substring(first.indexOf('=') + 1)), "cache");

        assertThat(ClassDataSharing.option(archives, "registry-service", application, 25))
                .isEqualTo("-XX:AOTCache=" + first.substring(first.indexOf('=') + 1));
    }
}
