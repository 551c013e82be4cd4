package org.returnops.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Application class-data sharing for the run command's services: the first run of a build records the
 * classes a service loaded into an archive when it stops ({@code -XX:ArchiveClassesAtExit}), and later
 * runs map that archive instead of loading and verifying those classes again (about half the start time
 * on two cores). The archive is named after a fingerprint of the application's jars, so a rebuilt
 * service records a fresh one instead of the JVM silently ignoring a stale archive.
 */
final class ClassDataSharing {

    private ClassDataSharing() {
    }

    /** The JVM option that uses the service's archive, or records it when this build has none yet. */
    static String option(Path dataDirectory, String service, Path application) {
        Path folder = dataDirectory.resolve("cds");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path archive = folder.resolve(service + "-" + fingerprint(application.getParent()) + ".jsa");
        if (Files.isRegularFile(archive)) {
            return "-XX:SharedArchiveFile=" + archive;
        }
        removeOlderArchives(folder, service);
        return "-XX:ArchiveClassesAtExit=" + archive;
    }

    private static void removeOlderArchives(Path folder, String service) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith(service + "-")).toList()) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path, size and modification time of every jar of the packaged application. */
    private static String fingerprint(Path applicationFolder) {
        try (Stream<Path> files = Files.walk(applicationFolder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
            for (Path jar : jars) {
                digest.update((applicationFolder.relativize(jar) + ":" + Files.size(jar) + ":"
                        + Files.getLastModifiedTime(jar).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
