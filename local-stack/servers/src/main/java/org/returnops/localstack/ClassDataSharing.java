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
 *
 * <p>On JDK 25 and newer the AOT cache (JEP 483/514) takes the archive's place: it also keeps the classes
 * linked and the profiles of the first run, and is recorded the same way, at the first run's exit
 * ({@code -XX:AOTCacheOutput}). The suite still runs on JDK 17 with the class-data archive.
 */
final class ClassDataSharing {

    private ClassDataSharing() {
    }

    /**
     * The JVM option that uses the service's archive in {@code folder}, or records it there when this build has
     * none yet.
     */
    static String option(Path folder, String service, Path application) {
        return option(folder, service, application, Runtime.version().feature());
    }

    /** As {@link #option(Path, String, Path)}, for a JVM of the given feature release (17, 21, 25 ...). */
    static String option(Path folder, String service, Path application, int javaFeature) {
        boolean aot = javaFeature >= 25;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path archive = folder.resolve(service + "-" + fingerprint(application.getParent()) + (aot ? ".aot" : ".jsa"));
        if (Files.isRegularFile(archive)) {
            return (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive;
        }
        removeOlderArchives(folder, service);
        return (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive;
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
